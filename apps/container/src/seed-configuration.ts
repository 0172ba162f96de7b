import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import type { ContainerPaths, StartLog } from './container-paths';

/** An empty configuration folder (a new volume) gets a copy of the shipped configuration. */
export function seedConfiguration(paths: ContainerPaths, log: StartLog): void {
  mkdirSync(paths.switchConf, { recursive: true });
  if (readdirSync(paths.switchConf).length > 0) return;
  cpSync(paths.shipped, paths.switchConf, { recursive: true });
  log.info(`${paths.switchConf} was empty: copied the shipped configuration into it`);
}
