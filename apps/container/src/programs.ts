import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tlsFolder, type ContainerPaths } from './container-paths';

export const FREESWITCH_PREFIX = '/usr/local/freeswitch';
const STATE = { log: '/var/log/freeswitch', db: '/var/lib/freeswitch/db', run: '/run/freeswitch',
  storage: '/var/lib/freeswitch/storage', cache: '/var/cache/freeswitch' }; // prettier-ignore

/**
 * FreeSWITCH in the foreground with every folder on its command line: the configuration and TLS
 * folders and the recordings volume; its database, logs and run files inside the container.
 */
export function freeswitchProgram(paths: ContainerPaths, recordings: string, prefix = FREESWITCH_PREFIX) {
  const sounds = join(prefix, 'share', 'freeswitch', 'sounds');
  [...Object.values(STATE), sounds, recordings].forEach((folder) => mkdirSync(folder, { recursive: true }));
  const folders = Object.entries({ ...STATE, sounds, recordings, temp: '/tmp' }).flatMap(([name, dir]) => [
    `-${name}`,
    dir,
  ]);
  return {
    name: 'FreeSWITCH',
    command: join(prefix, 'bin', 'freeswitch'),
    args: ['-nf', '-nc', '-nonat', '-base', prefix, '-mod', join(prefix, 'lib', 'freeswitch', 'mod'),
      '-conf', paths.switchConf, '-certs', tlsFolder(paths), ...folders], // prettier-ignore
    env: { ...process.env, LD_LIBRARY_PATH: join(prefix, 'lib') },
    stopTimeoutMs: 20_000,
  };
}

/** The connector as `npm start` runs it, with the Event Socket variables taken from vars.xml. */
export function connectorProgram(appDir: string, connectorEnv: Record<string, string>) {
  return {
    name: 'connector',
    command: process.execPath,
    args: ['--single-threaded-gc', join(appDir, 'dist', 'connector.js')],
    env: { ...process.env, ...connectorEnv },
    cwd: appDir,
    // the connector gives a change under way 7 s and is gone within 10 s of SIGTERM
    stopTimeoutMs: 12_000,
  };
}
