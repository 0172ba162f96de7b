import { join } from 'path';

/** The recorded FreeSWITCH captures, in the repository's fixtures folder. */
export const FS_CAPTURES = join(__dirname, '..', '..', '..', '..', 'fixtures', 'fs-captures');
