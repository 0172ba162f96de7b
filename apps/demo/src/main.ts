import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { startSimulator } from '@fscon/fs-simulator';
import { createConnector } from '../../connector/src/create-connector';
import { loadConfig } from '../../connector/src/config/load-config';
import { createConfWorkspace, DEMO_EXTRA_OVERLAY, DEMO_OVERLAY, REPO_ROOT } from './conf-workspace';
import { SyntheticCallers } from './synthetic-callers';

const DEMO_LOGIN = { name: 'defaultuser', password: 'napw' };
const CALLER_STEP_MS = 4000;

/** The whole system on one machine: the FreeSWITCH simulator with the demo data, and the connector. */
async function main(): Promise<void> {
  const logger = new Logger('Demo');
  const workspace = createConfWorkspace([DEMO_OVERLAY, DEMO_EXTRA_OVERLAY], join(REPO_ROOT, 'var', 'demo'));
  const simulator = await startSimulator({
    confDir: workspace.confDir,
    host: '127.0.0.1',
    port: 0,
    controlPort: Number(process.env.DEMO_CONTROL_PORT ?? 0),
  });
  logger.log(
    `FreeSWITCH simulator on ${simulator.host}:${simulator.port}, configuration in ${workspace.confDir}`,
  );
  logger.log(
    `simulator control on ${simulator.controlUrl ?? ''} — try: curl -d '{"number":"30000","user":"20001"}' ${simulator.controlUrl ?? ''}/join`,
  );

  const config = loadConfig({
    FSIP: simulator.host,
    FSPORT: String(simulator.port),
    SWITCHCONF: workspace.confDir,
    RECPATH: workspace.recordingsDir,
    STATICPATH: workspace.staticDir,
    FASTIIP: '127.0.0.1',
    FASTIPORT: process.env.DEMO_PORT ?? '8080',
    CONHOSTNAME: 'localhost',
    FASTICERT: join(workspace.root, 'no-certificate'),
    FASTIKEY: join(workspace.root, 'no-key'),
  });
  const app = await createConnector(config);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  logger.log(`connector on ${url} — log in as ${DEMO_LOGIN.name} / ${DEMO_LOGIN.password}`);
  logger.log(`try: curl --digest -u ${DEMO_LOGIN.name}:${DEMO_LOGIN.password} ${url}/api/users`);

  const callers = new SyntheticCallers(simulator.calls, (message) => logger.log(message));
  callers.start(CALLER_STEP_MS);

  const stop = async () => {
    callers.stop();
    await app.close();
    await simulator.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
