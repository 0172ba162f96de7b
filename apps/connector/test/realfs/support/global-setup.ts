// Jest runs the global setup without the project's module name mapping.
import { locateFreeswitch } from '../../../../../libs/real-freeswitch/src';
import { ensureConnectorBuilt, ensureWebClientBuilt, REPO_ROOT } from '../../support/fresh-build';
import { REALFS_CACHE, SKIP_REASON_VARIABLE } from './realfs-paths';

/**
 * Once before the real-FreeSWITCH tests: unpacks the switch (so the workers find it in the cache) and
 * builds the connector and web client they run from dist/. Where no switch is found, the reason is
 * left for the reporter.
 */
export default function globalSetup(): void {
  const located = locateFreeswitch({ repoRoot: REPO_ROOT, cacheDir: REALFS_CACHE });
  if (!located.found) {
    process.env[SKIP_REASON_VARIABLE] = located.reason;
    return;
  }
  delete process.env[SKIP_REASON_VARIABLE];
  ensureConnectorBuilt();
  ensureWebClientBuilt();
}
