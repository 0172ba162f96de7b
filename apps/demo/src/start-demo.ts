import { Logger, type INestApplication, type LoggerService } from '@nestjs/common';
import type { Installation } from '@fscon/real-freeswitch';
import { createConnector } from '../../connector/src/create-connector';
import { loadConfig } from '../../connector/src/config/load-config';
import { createConfWorkspace, DEMO_EXTRA_OVERLAY, DEMO_OVERLAY } from './conf-workspace';
import { startSimulatedSwitch, type DemoSwitch } from './demo-switch';
import { startRealSwitch } from './real-switch';
import { SyntheticCallers } from './synthetic-callers';
import { untilReady } from './until-ready';

const CALLER_STEP_MS = 4000;
const READY_TIMEOUT_MS = 30_000;

export interface DemoOptions {
  /** A real FreeSWITCH to run instead of the simulator. */
  freeswitch?: Installation;
  /** The connector's port (0: a free one). */
  webPort: number;
  /** The connector's /metrics listener (0: a free port). */
  metricsPort: number;
  /** The simulator's SIP WebSocket (0: a free port); a real switch takes a free one. */
  sipPort: number;
  /** The simulator's control interface (0: a free port). */
  controlPort: number;
  /** Where the demo keeps its files; a new temporary folder when not given. */
  root?: string;
  /** Synthetic callers join, talk and leave (simulator only). */
  syntheticCallers: boolean;
  logger?: LoggerService | false;
}

export interface Demo {
  /**
   * The web client, as a browser on this machine opens it: at 127.0.0.1, FreeSWITCH's SIP domain in
   * the demo, since the page's phone registers in the domain of the page's host.
   */
  url: string;
  switch: DemoSwitch;
  connector: INestApplication;
  stop(): Promise<void>;
}

/**
 * The whole system on this machine: a FreeSWITCH (simulated or real) with the demo data, and the
 * connector; resolves once the connector is ready (/readyz).
 */
export async function startDemo(options: DemoOptions): Promise<Demo> {
  const workspace = createConfWorkspace([DEMO_OVERLAY, DEMO_EXTRA_OVERLAY], options.root);
  let callers: SyntheticCallers | undefined;
  let demoSwitch: DemoSwitch;
  if (options.freeswitch) {
    demoSwitch = await startRealSwitch(options.freeswitch, workspace.root);
  } else {
    const simulated = await startSimulatedSwitch(workspace, options);
    demoSwitch = simulated;
    if (options.syntheticCallers) {
      callers = new SyntheticCallers(simulated.simulator.calls, (message) =>
        new Logger('Demo').verbose(message),
      );
      callers.start(CALLER_STEP_MS);
    }
  }
  let connector: INestApplication;
  try {
    connector = await createConnector(connectorConfig(demoSwitch, options), {
      logger: options.logger,
    });
  } catch (error) {
    callers?.stop();
    await demoSwitch.stop();
    throw error;
  }
  const url = `http://127.0.0.1:${new URL(await connector.getUrl()).port}`;
  try {
    await untilReady(url, READY_TIMEOUT_MS);
  } catch (error) {
    callers?.stop();
    await connector.close();
    await demoSwitch.stop();
    throw error;
  }
  return {
    url,
    switch: demoSwitch,
    connector,
    async stop() {
      callers?.stop();
      await connector.close();
      await demoSwitch.stop();
      if (!options.root) workspace.remove();
    },
  };
}

/** Plain HTTP on loopback: the page is for this machine's browser, where it may use the microphone. */
function connectorConfig(demoSwitch: DemoSwitch, ports: Pick<DemoOptions, 'webPort' | 'metricsPort'>) {
  return loadConfig({
    FSIP: demoSwitch.eventSocket.host,
    FSPORT: String(demoSwitch.eventSocket.port),
    FSPW: demoSwitch.eventSocket.password,
    SWITCHCONF: demoSwitch.confDir,
    RECPATH: demoSwitch.recordingsDir,
    STATICPATH: demoSwitch.staticDir,
    FASTIIP: '127.0.0.1',
    FASTIPORT: String(ports.webPort),
    METRICS_PORT: String(ports.metricsPort),
    CONHOSTNAME: '127.0.0.1',
    FASTICERT: `${demoSwitch.staticDir}/no-certificate`,
    FASTIKEY: `${demoSwitch.staticDir}/no-key`,
  });
}
