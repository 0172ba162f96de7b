import type { AppConfig } from '../../apps/connector/src/config/app-config';
import { loadConfig } from '../../apps/connector/src/config/load-config';
import type { ConfWorkspace } from '../../apps/demo/src/conf-workspace';

/** A connector configuration on loopback over plain HTTP, with every folder inside the workspace. */
export function benchConfig(workspace: ConfWorkspace, freeswitchPort: number): AppConfig {
  return loadConfig({
    FSPORT: String(freeswitchPort),
    SWITCHCONF: workspace.confDir,
    STATICPATH: workspace.staticDir,
    RECPATH: workspace.recordingsDir,
    FASTIIP: '127.0.0.1',
    FASTIPORT: '0',
    FASTICERT: `${workspace.root}/none`,
    FASTIKEY: `${workspace.root}/none`,
  });
}
