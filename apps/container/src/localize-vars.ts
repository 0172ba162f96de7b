import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeProblems,
  readSwitchVars,
  setSwitchVars,
  switchVarsFromEnv,
  type Environment,
} from '@fscon/fs-xml';
import type { ContainerPaths, StartLog } from './container-paths';

/** The environment is not fit to start with; the message names every bad variable. */
export class ContainerConfigError extends Error {
  override readonly name = 'ContainerConfigError';
}

export const LOCALVARS = 'localvars';

/** vars.xml as the environment makes it from the shipped one. */
export interface LocalVars {
  text: string;
  passwordGenerated: boolean;
}

/**
 * Checks the FreeSWITCH variables of the environment (at every start) and makes vars.xml from the
 * shipped one with them: every given variable, TLS 1.2+ unless SIP_TLS_VERSION says otherwise, and a
 * new Event Socket password unless ES_PW is given. Throws ContainerConfigError naming every bad one.
 */
export function localVarsFromEnv(paths: ContainerPaths, env: Environment, log: StartLog): LocalVars {
  const shippedText = readFileSync(join(paths.shipped, 'vars.xml'), 'utf8');
  const result = switchVarsFromEnv(env, readSwitchVars(shippedText), randomBytes(24).toString('base64url'));
  if (!result.ok) throw new ContainerConfigError(describeProblems(result.problems));
  result.warnings.forEach((warning) => log.loud(warning));
  return { text: setSwitchVars(shippedText, result.values), passwordGenerated: !env.ES_PW };
}

/** Writes vars.xml and creates `localvars` while that is absent; afterwards vars.xml is left alone. */
export function writeVarsOnce(paths: ContainerPaths, vars: LocalVars, log: StartLog): void {
  const marker = join(paths.switchConf, LOCALVARS);
  if (existsSync(marker)) {
    log.info(
      `${marker} exists: vars.xml left as it is (remove ${LOCALVARS} to write it from the environment)`,
    );
    return;
  }
  writeAtomically(join(paths.switchConf, 'vars.xml'), vars.text);
  writeFileSync(marker, '');
  const generated = vars.passwordGenerated ? ' with a newly generated Event Socket password' : '';
  log.info(`wrote vars.xml from the environment${generated}, and ${marker}`);
}

export function writeAtomically(file: string, text: string, mode = 0o644): void {
  const scratch = `${file}.${process.pid}.tmp`;
  writeFileSync(scratch, text, { mode });
  renameSync(scratch, file);
}
