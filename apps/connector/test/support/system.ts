import type { INestApplication, LoggerService } from '@nestjs/common';
import { startSimulator, type Simulator } from '@fscon/fs-simulator';
import { createConnector } from '../../src/create-connector';
import type { AppConfig } from '../../src/config/app-config';
import { loadConfig } from '../../src/config/load-config';
import { createConfWorkspace, type ConfWorkspace } from '../../../demo/src/conf-workspace';
import { startTcpRelay, type TcpRelay } from './tcp-relay';

/** The simulator on the demo configuration and a connector against it, both on free loopback ports. */
export interface TestSystem {
  workspace: ConfWorkspace;
  simulator: Simulator;
  app: INestApplication;
  config: AppConfig;
  url: string;
  /** The relay between the connector and the simulator, when asked for. */
  relay?: TcpRelay;
  restartSimulator(): Promise<void>;
  stop(): Promise<void>;
}

export interface TestSystemOptions {
  /** The connector reaches the simulator through a TcpRelay (system.relay). */
  relay?: boolean;
  /** Receives the connector's log; by default it logs nothing. */
  logger?: LoggerService;
}

/** The connector's configuration for a workspace and a switch on 127.0.0.1:`switchPort`: plain HTTP and metrics on free ports. */
export function testConfig(
  workspace: ConfWorkspace,
  switchPort: number,
  env: Record<string, string> = {},
): AppConfig {
  return loadConfig({
    FSIP: '127.0.0.1',
    FSPORT: String(switchPort),
    SWITCHCONF: workspace.confDir,
    RECPATH: workspace.recordingsDir,
    STATICPATH: workspace.staticDir,
    FASTIIP: '127.0.0.1',
    FASTIPORT: '0',
    FASTICERT: `${workspace.root}/none.pem`,
    FASTIKEY: `${workspace.root}/none.pem`,
    METRICS_PORT: '0',
    ...env,
  });
}

export async function startSystem(
  env: Record<string, string> = {},
  options: TestSystemOptions = {},
): Promise<TestSystem> {
  const workspace = createConfWorkspace();
  let simulator = await startSimulator({ confDir: workspace.confDir, host: '127.0.0.1', port: 0 });
  const simulatorPort = simulator.port;
  const relay = options.relay ? await startTcpRelay(simulatorPort) : undefined;
  const config = testConfig(workspace, relay?.port ?? simulatorPort, env);
  const app = await createConnector(config, { logger: options.logger ?? false });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const system: TestSystem = {
    workspace,
    simulator,
    app,
    config,
    url,
    relay,
    async restartSimulator() {
      await simulator.stop();
      simulator = await startSimulator({
        confDir: workspace.confDir,
        host: '127.0.0.1',
        port: simulatorPort,
      });
      system.simulator = simulator;
    },
    async stop() {
      await system.app.close();
      await relay?.close();
      await simulator.stop();
      workspace.remove();
    },
  };
  return system;
}

/** Polls until the check passes or the time is up; the last failure is rethrown. */
export async function eventually<T>(
  check: () => Promise<T> | T,
  timeoutMs = 15000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}
