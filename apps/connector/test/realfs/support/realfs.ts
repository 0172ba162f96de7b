import { locateFreeswitch, type Installation } from '@fscon/real-freeswitch';
import { REPO_ROOT } from '../../support/fresh-build';
import { REALFS_CACHE } from './realfs-paths';

const located = locateFreeswitch({ repoRoot: REPO_ROOT, cacheDir: REALFS_CACHE });

/** The FreeSWITCH these tests run against; undefined where none was found (the tests are skipped). */
export const installation: Installation | undefined = located.found ? located.installation : undefined;

/** `describe` where a FreeSWITCH was found, `describe.skip` elsewhere. */
export const describeRealFs: jest.Describe = installation ? describe : describe.skip;
