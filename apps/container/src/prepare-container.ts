import type { Environment } from '@fscon/fs-xml';
import type { ContainerPaths, StartLog } from './container-paths';
import { warnOfDefaultPassword } from './default-password';
import { connectorEventSocketEnv, eventSocketClient, writeFsCliConf } from './event-socket-client';
import { localVarsFromEnv, writeVarsOnce } from './localize-vars';
import { seedConfiguration } from './seed-configuration';
import { installTlsFiles } from './tls-files';

/**
 * Everything the container does before it starts FreeSWITCH and the connector: seeds the
 * configuration volume, writes vars.xml from the environment (once), fills the TLS folder, warns of
 * the default password and tells fs_cli the Event Socket. Returns the variables the connector gets on
 * top of the environment. Throws ContainerConfigError, naming every invalid variable, before it changes anything.
 */
export function prepareContainer(
  paths: ContainerPaths,
  env: Environment,
  log: StartLog,
): Record<string, string> {
  const vars = localVarsFromEnv(paths, env, log);
  seedConfiguration(paths, log);
  writeVarsOnce(paths, vars, log);
  installTlsFiles(paths, env, log);
  warnOfDefaultPassword(paths, log);
  const client = eventSocketClient(paths, log);
  writeFsCliConf(paths.fsCliConf, client);
  return connectorEventSocketEnv(client, env);
}
