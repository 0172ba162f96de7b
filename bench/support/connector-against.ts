import { join } from 'node:path';
import { startConnectorProcess, type ConnectorProcess } from '@fscon/real-freeswitch';
import { REPO_ROOT, type ConfWorkspace } from '../../apps/demo/src/conf-workspace';
import type { SwitchUnderTest } from './switches';

/** The built connector, started as `npm start` starts it, against a switch, over plain HTTP on loopback. */
export function connectorAgainst(
  target: SwitchUnderTest,
  workspace: ConfWorkspace,
  env: Readonly<Record<string, string>> = {},
): Promise<ConnectorProcess> {
  return startConnectorProcess(REPO_ROOT, {
    FSIP: '127.0.0.1',
    FSPORT: String(target.eslPort),
    FSPW: target.password,
    SWITCHCONF: target.confDir,
    RECPATH: target.recordingsDir,
    STATICPATH: workspace.staticDir,
    FASTICERT: join(workspace.root, 'none.pem'),
    FASTIKEY: join(workspace.root, 'none.pem'),
    ...env,
  });
}
