import { DomainError } from '../../common/domain-error';

/** Why a conference control was refused; the live gateway sends the message as `{"event":"error"}`. */
export type LiveControlErrorCode =
  | 'LIVE.FORBIDDEN'
  | 'LIVE.INVALID'
  | 'LIVE.CONFERENCE_NOT_FOUND'
  | 'LIVE.MEMBER_NOT_FOUND'
  | 'LIVE.CONFLICT'
  | 'LIVE.FREESWITCH_FAILED';

/** A DomainError with one of the conference control codes. */
export class LiveControlError extends DomainError {
  constructor(code: LiveControlErrorCode, message: string) {
    super(code, message);
  }
}
