import type { Conference } from '@fscon/contracts';
import type { ConfigChange } from '../../config-files/config-change';
import type { ElementOutcome, WriteResponse } from '../../config-files/write-response';

/** `{op, done: [Conference], failed: [{error, conference}]}` of the conference write routes. */
export type ConferencesWriteResponse<TRequest> = WriteResponse<Conference, 'conference', TRequest>;

/** How each element of a conference request ends, and the files that change for it. */
export interface ConferencesDecision<TRequest> {
  outcomes: ElementOutcome<TRequest, Conference>[];
  changes: ConfigChange[];
}
