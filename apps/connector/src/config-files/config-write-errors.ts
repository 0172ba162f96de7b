import { DomainError } from '../common/domain-error';
import { EslError } from '../esl/esl.errors';

/** The error a write answers when FreeSWITCH took its XML but the connector could not read it back. */
export function notReadBack(cause: Error): Error {
  const message =
    `FreeSWITCH accepted the new configuration, but it could not be read back (${cause.message}); ` +
    'the change was taken back';
  return cause instanceof EslError
    ? new EslError(cause.code, message)
    : new DomainError('XMLSTATE.UNREADABLE', message);
}

/** The record of a change could not be kept, so the change was not made. */
export function notRecorded(where: string, cause: Error): DomainError {
  return new DomainError(
    'CONFIG.NOT_READY',
    `cannot keep the record of the change at ${where} (${cause.message}); nothing was changed`,
  );
}

/** An earlier change that failed could still not be taken back, so no other is made. */
export function stillNotTakenBack(cause: Error): DomainError {
  return new DomainError(
    'CONFIG.NOT_READY',
    `an earlier change could not be taken back (${cause.message}); nothing was changed`,
  );
}
