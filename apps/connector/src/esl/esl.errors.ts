import type { EslErrorCode } from '@fscon/contracts';

/** A failure talking to FreeSWITCH, with a stable code the error filter maps to a status. */
export class EslError extends Error {
  constructor(
    readonly code: EslErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EslError';
  }
}
