import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { CAPTURED_VERSION, FreeSwitchVersion } from './core/version';
import { CoreIdentity } from './events/event-factory';

/** The variables FreeSWITCH's core sets at start-up, in its order (core_uuid comes after the XML). */
export const CORE_VARIABLE_NAMES = [
  'hostname', 'local_ip_v4', 'local_mask_v4', 'local_ip_v6', 'base_dir', 'recordings_dir', 'sound_prefix',
  'sounds_dir', 'conf_dir', 'log_dir', 'run_dir', 'db_dir', 'mod_dir', 'htdocs_dir', 'script_dir', 'temp_dir',
  'grammar_dir', 'fonts_dir', 'images_dir', 'certs_dir', 'storage_dir', 'cache_dir', 'data_dir', 'localstate_dir',
  'core_uuid',
] as const; // prettier-ignore

export type CoreVariableName = (typeof CORE_VARIABLE_NAMES)[number];

export interface SimulatorOptions {
  /** The etc-freeswitch folder; `<confDir>/freeswitch.xml` is loaded like FreeSWITCH loads it. */
  confDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The Event Socket password (`auth <password>`). */
  password?: string;
  /** HEARTBEAT (and RE_SCHEDULE) every this many milliseconds; 0 turns the timer off. */
  heartbeatMs?: number;
  /** How long a new connection may wait before its first command. */
  authTimeoutMs?: number;
  /** Values for the core variables; the rest follow from base_dir or the machine. */
  coreVariables?: Partial<Record<CoreVariableName, string>>;
  version?: FreeSwitchVersion;
  /** Serve the control interface over HTTP on this loopback port (0: a free one); off when absent. */
  controlPort?: number;
  /** The environment `env-set` reads; defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Whether FreeSWITCH can open the sound file at this absolute path: by default whether it exists on
   * this machine. Replays of captures say which files the captured switch had.
   */
  soundFileExists?: (path: string) => boolean;
}

export interface ResolvedOptions {
  confDir: string;
  host: string;
  port: number;
  password: string;
  heartbeatMs: number;
  authTimeoutMs: number;
  coreVariables: Array<[string, string]>;
  identity: CoreIdentity;
  version: FreeSwitchVersion;
  env: Readonly<Record<string, string | undefined>>;
  controlPort: number | undefined;
  soundFileExists: (path: string) => boolean;
}

/** Defaults: a source install under /usr/local/freeswitch on this machine, listening on loopback. */
export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const given = options.coreVariables ?? {};
  const base = given.base_dir ?? '/usr/local/freeswitch';
  const sounds = given.sounds_dir ?? `${base}/sounds`;
  const defaults: Record<CoreVariableName, string> = {
    hostname: hostname(),
    local_ip_v4: '127.0.0.1',
    local_mask_v4: '255.0.0.0',
    local_ip_v6: '::1',
    base_dir: base,
    recordings_dir: `${base}/recordings`,
    sound_prefix: sounds,
    sounds_dir: sounds,
    conf_dir: resolve(options.confDir),
    log_dir: `${base}/log`,
    run_dir: `${base}/run`,
    db_dir: `${base}/db`,
    mod_dir: `${base}/mod`,
    htdocs_dir: `${base}/htdocs`,
    script_dir: `${base}/scripts`,
    temp_dir: '/tmp',
    grammar_dir: `${base}/grammar`,
    fonts_dir: `${base}/fonts`,
    images_dir: `${base}/images`,
    certs_dir: `${base}/certs`,
    storage_dir: `${base}/storage`,
    cache_dir: `${base}/cache`,
    data_dir: base,
    localstate_dir: base,
    core_uuid: randomUUID(),
  };
  const value = (name: CoreVariableName): string => given[name] ?? defaults[name];
  return {
    confDir: resolve(options.confDir),
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    password: options.password ?? 'ClueCon',
    heartbeatMs: options.heartbeatMs ?? 20000,
    authTimeoutMs: options.authTimeoutMs ?? 25000,
    coreVariables: CORE_VARIABLE_NAMES.filter((name) => name !== 'core_uuid').map((name) => [
      name,
      value(name),
    ]),
    identity: {
      coreUuid: value('core_uuid'),
      hostname: value('hostname'),
      switchname: value('hostname'),
      ipv4: value('local_ip_v4'),
      ipv6: value('local_ip_v6'),
    },
    version: options.version ?? CAPTURED_VERSION,
    env: options.env ?? process.env,
    controlPort: options.controlPort,
    soundFileExists: options.soundFileExists ?? existsSync,
  };
}
