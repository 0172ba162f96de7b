import type { Conference } from '@fscon/contracts';
import type { WriteResponse } from '../../config-files/write-response';

/** `{op, done: [Conference], failed: [{error, conference}]}` of the conference write routes. */
export type ConferencesWriteResponse<TRequest> = WriteResponse<Conference, 'conference', TRequest>;
