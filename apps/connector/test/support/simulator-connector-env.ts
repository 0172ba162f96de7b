import { join } from 'node:path';
import type { Simulator } from '@fscon/fs-simulator';
import type { ConfWorkspace } from '../../../demo/src/conf-workspace';

/** The environment of a connector process against the simulator on the workspace, plain HTTP. */
export function simulatorConnectorEnv(
  workspace: ConfWorkspace,
  simulator: Simulator,
  eventSocketPassword: string,
): Record<string, string> {
  return {
    FSIP: '127.0.0.1',
    FSPORT: String(simulator.port),
    FSPW: eventSocketPassword,
    SWITCHCONF: workspace.confDir,
    RECPATH: workspace.recordingsDir,
    STATICPATH: workspace.staticDir,
    FASTICERT: join(workspace.root, 'none.pem'),
    FASTIKEY: join(workspace.root, 'none.pem'),
  };
}
