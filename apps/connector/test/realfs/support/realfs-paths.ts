// Jest's global setup runs without the project's module name mapping.
import { realFreeswitchCache } from '../../../../../libs/real-freeswitch/src';
import { REPO_ROOT } from '../../support/fresh-build';

/** Where the switch is unpacked and the test certificate kept, across runs. */
export const REALFS_CACHE = realFreeswitchCache(REPO_ROOT);

/** Set by the realfs project's global setup when no FreeSWITCH was found; the reporter prints it. */
export const SKIP_REASON_VARIABLE = 'FSCON_REALFS_SKIPPED';
