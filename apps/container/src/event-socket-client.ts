import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSwitchVars, type Environment } from '@fscon/fs-xml';
import type { ContainerPaths, StartLog } from './container-paths';
import { writeAtomically } from './localize-vars';

const ANY_ADDRESS = ['0.0.0.0', '::', '[::]'];

/** How a client inside the container reaches FreeSWITCH's Event Socket, by the connector's variable names. */
export interface EventSocketClient {
  FSIP: string;
  FSPORT?: string;
  FSPW?: string;
}

/**
 * The Event Socket of the vars.xml in force, so that a generated password is shared without ever being
 * printed. A value that refers to another variable (`$${...}`) is left to the connector's default.
 */
export function eventSocketClient(paths: ContainerPaths, log: StartLog): EventSocketClient {
  const vars = readSwitchVars(readFileSync(join(paths.switchConf, 'vars.xml'), 'utf8'));
  const literal = (value: string | undefined) => (value && !value.includes('$${') ? value : undefined);
  const ip = literal(vars.es_listen_ip);
  const client = {
    FSIP: ip && !ANY_ADDRESS.includes(ip) ? ip : '127.0.0.1',
    FSPORT: literal(vars.es_listen_port),
    FSPW: literal(vars.es_pw),
  };
  if (client.FSPW === 'ClueCon') {
    log.loud(
      'the Event Socket password is the well-known ClueCon: set ES_PW, or remove localvars to get a new one',
    );
  }
  return client;
}

/** What the connector gets on top of the environment: the client's values, except those the environment sets. */
export function connectorEventSocketEnv(client: EventSocketClient, env: Environment): Record<string, string> {
  return Object.fromEntries(
    Object.entries(client).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !env[entry[0]],
    ),
  );
}

/** fs_cli's configuration, so that `fs_cli` in the container connects without options. */
export function writeFsCliConf(file: string, client: EventSocketClient): void {
  const lines = ['[default]', `host => ${client.FSIP}`];
  if (client.FSPORT) lines.push(`port => ${client.FSPORT}`);
  if (client.FSPW) lines.push(`password => ${client.FSPW}`);
  writeAtomically(file, `${lines.join('\n')}\n`, 0o600);
}
