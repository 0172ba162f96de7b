import type { LiveErrorCode } from '@fscon/contracts';
import { DomainError } from '../../common/domain-error';

/** Why a conference control was refused; the live gateway sends it as `{"event":"error"}`. */
export type LiveControlErrorCode = Exclude<LiveErrorCode, 'LIVE.WRONG_FORMAT' | 'LIVE.WRONG_PROTOCOL'>;

/** A DomainError with one of the conference control codes. */
export class LiveControlError extends DomainError {
  constructor(code: LiveControlErrorCode, message: string) {
    super(code, message);
  }
}
