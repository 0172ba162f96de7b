import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSwitchVars, type Environment } from '@fscon/fs-xml';
import type { ContainerPaths, StartLog } from './container-paths';

const ANY_ADDRESS = ['0.0.0.0', '::', '[::]'];

/**
 * How the connector reaches FreeSWITCH's Event Socket, taken from the vars.xml in force (FSIP, FSPORT
 * and FSPW), so that a generated password is shared without ever being printed. A variable the
 * environment sets itself is kept.
 */
export function eventSocketClientEnv(
  paths: ContainerPaths,
  env: Environment,
  log: StartLog,
): Record<string, string> {
  const vars = readSwitchVars(readFileSync(join(paths.switchConf, 'vars.xml'), 'utf8'));
  const literal = (value: string | undefined) => (value && !value.includes('$${') ? value : undefined);
  const ip = literal(vars.es_listen_ip);
  const derived: Record<string, string | undefined> = {
    FSIP: ip && !ANY_ADDRESS.includes(ip) ? ip : '127.0.0.1',
    FSPORT: literal(vars.es_listen_port),
    FSPW: literal(vars.es_pw),
  };
  if (derived.FSPW === 'ClueCon') {
    log.loud(
      'the Event Socket password is the well-known ClueCon: set ES_PW, or remove localvars to get a new one',
    );
  }
  return Object.fromEntries(
    Object.entries(derived).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !env[entry[0]],
    ),
  );
}
