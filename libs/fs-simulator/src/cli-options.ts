import { SimulatorOptions } from './options';

const FLAGS: Record<string, keyof typeof ENV> = {
  '--port': 'port',
  '--host': 'host',
  '--password': 'password',
  '--conf': 'confDir',
  '--heartbeat-ms': 'heartbeatMs',
  '--control-port': 'controlPort',
};

const ENV = {
  port: 'FS_SIM_PORT',
  host: 'FS_SIM_HOST',
  password: 'FS_SIM_PASSWORD',
  confDir: 'FS_SIM_CONF',
  heartbeatMs: 'FS_SIM_HEARTBEAT_MS',
  controlPort: 'FS_SIM_CONTROL_PORT',
} as const;

/**
 * Options for `npm run sim`: `--port`, `--host`, `--password`, `--conf`, `--heartbeat-ms`, `--control-port`
 * (as `--flag value` or `--flag=value`), else FS_SIM_PORT, FS_SIM_HOST, FS_SIM_PASSWORD, FS_SIM_CONF,
 * FS_SIM_HEARTBEAT_MS, FS_SIM_CONTROL_PORT, else port 8021, password ClueCon, ./etc-freeswitch, no HTTP control.
 */
export function cliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): SimulatorOptions {
  const given: Partial<Record<keyof typeof ENV, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const key = FLAGS[flag];
    if (!key) throw new Error(`unknown option ${argv[i]}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    given[key] = value;
  }
  const pick = (key: keyof typeof ENV): string | undefined => given[key] ?? env[ENV[key]];
  const heartbeat = pick('heartbeatMs');
  const control = pick('controlPort');
  return {
    confDir: pick('confDir') ?? './etc-freeswitch',
    host: pick('host') ?? '127.0.0.1',
    port: integer('port', pick('port') ?? '8021', 65535),
    password: pick('password') ?? 'ClueCon',
    ...(heartbeat === undefined
      ? {}
      : { heartbeatMs: integer('heartbeat-ms', heartbeat, Number.MAX_SAFE_INTEGER) }),
    ...(control === undefined ? {} : { controlPort: integer('control-port', control, 65535) }),
  };
}

function integer(name: string, text: string, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > max) throw new Error(`invalid ${name}: ${text}`);
  return value;
}
