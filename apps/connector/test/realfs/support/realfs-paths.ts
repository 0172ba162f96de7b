import { join } from 'node:path';
import { REPO_ROOT } from '../../support/fresh-build';

/** Where the switch is unpacked and the test certificate kept, across runs. */
export const REALFS_CACHE = join(REPO_ROOT, 'node_modules', '.cache', 'fscon-realfs');

/** Set by the realfs project's global setup when no FreeSWITCH was found; the reporter prints it. */
export const SKIP_REASON_VARIABLE = 'FSCON_REALFS_SKIPPED';
