import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RealFreeswitch, startConnectorProcess, type ConnectorProcess } from '@fscon/real-freeswitch';
import { DEMO_OVERLAY, SHIPPED_CONF } from '../../../../demo/src/conf-workspace';
import { REPO_ROOT } from '../../support/fresh-build';
import { installation } from './realfs';
import { REALFS_CACHE } from './realfs-paths';

export interface RealSystemOptions {
  /** Configuration folders laid over etc-freeswitch (default: the demo data). */
  overlays?: readonly string[];
  /** Connector variables beside those that point it at the switch. */
  env?: Readonly<Record<string, string>>;
  /** Further global variables for the switch's vars.xml (`internal_tls_only` ...). */
  vars?: Readonly<Record<string, string>>;
  /** Serves HTTPS with the switch's own test certificate, as a production system serves its pages. */
  https?: boolean;
}

/** A real FreeSWITCH on etc-freeswitch and the built connector against it, both on free loopback ports. */
export interface RealSystem {
  freeswitch: RealFreeswitch;
  connector: ConnectorProcess;
  staticDir: string;
  /** The connector's address for browsers: https:// with the `https` option, else its url. */
  pageUrl(): string;
  /** Starts the connector again (same folders and switch), after stop(). */
  restartConnector(env?: Readonly<Record<string, string>>): Promise<void>;
  stop(): Promise<void>;
}

export async function launchFreeswitch(
  overlays: readonly string[] = [DEMO_OVERLAY],
  vars: Readonly<Record<string, string>> = {},
): Promise<RealFreeswitch> {
  if (!installation) throw new Error('no FreeSWITCH to start');
  return RealFreeswitch.launch({
    installation,
    configuration: [SHIPPED_CONF, ...overlays],
    cacheDir: REALFS_CACHE,
    vars,
  });
}

/** The connector's variables for a switch: its Event Socket, its folders, plain HTTP. */
export function connectorEnv(freeswitch: RealFreeswitch, staticDir: string): Record<string, string> {
  return {
    FSIP: '127.0.0.1',
    FSPORT: String(freeswitch.ports.eventSocket),
    FSPW: freeswitch.password,
    SWITCHCONF: freeswitch.confDir,
    RECPATH: freeswitch.recordingsDir,
    STATICPATH: staticDir,
    FASTICERT: join(freeswitch.root, 'no-cert.pem'),
    FASTIKEY: join(freeswitch.root, 'no-key.pem'),
  };
}

/** Starts both; resolves once the connector has read the switch's configuration. */
export async function startRealSystem(options: RealSystemOptions = {}): Promise<RealSystem> {
  const freeswitch = await launchFreeswitch(options.overlays, options.vars);
  const staticDir = join(freeswitch.root, 'static');
  mkdirSync(staticDir);
  // wss.pem holds the certificate and its key, so it serves as both files.
  const certificate = join(freeswitch.root, 'certs', 'wss.pem');
  const tls: Record<string, string> = options.https ? { FASTICERT: certificate, FASTIKEY: certificate } : {};
  const start = async (env: Readonly<Record<string, string>> = {}) => {
    const connector = await startConnectorProcess(REPO_ROOT, {
      ...connectorEnv(freeswitch, staticDir),
      ...tls,
      ...env,
    });
    await connector.untilLogged(/xmlState read/);
    return connector;
  };
  let connector: ConnectorProcess;
  try {
    connector = await start(options.env);
  } catch (error) {
    await freeswitch.remove();
    throw error;
  }
  const system: RealSystem = {
    freeswitch,
    connector,
    staticDir,
    pageUrl: () => (options.https ? system.connector.url.replace(/^http:/, 'https:') : system.connector.url),
    async restartConnector(env = options.env) {
      await system.connector.stop();
      system.connector = await start(env);
    },
    async stop() {
      await system.connector.stop();
      await freeswitch.remove();
    },
  };
  return system;
}
