import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContainerPaths, StartLog } from './container-paths';

export const DEFAULT_PASSWORD = 'napw';

/** The team users of a directory whose password is still the shipped default, as `id (name)`. */
export function usersWithDefaultPassword(userFiles: readonly string[]): string[] {
  return userFiles.flatMap((text) => {
    const id = /<user\s+id="([^"]+)"/.exec(text)?.[1];
    const password = /<param\s+name="password"\s+value="([^"]*)"/.exec(text)?.[1];
    const name = /<variable\s+name="effective_caller_id_name"\s+value="([^"]*)"/.exec(text)?.[1];
    return id && password === DEFAULT_PASSWORD ? [name ? `${id} (${name})` : id] : [];
  });
}

/** Says loudly, at every start, which team users still have the default password. */
export function warnOfDefaultPassword(paths: ContainerPaths, log: StartLog): void {
  const team = join(paths.switchConf, 'directory', 'team');
  if (!existsSync(team)) return;
  const files = readdirSync(team).filter((file) => file.endsWith('.xml'));
  const users = usersWithDefaultPassword(files.map((file) => readFileSync(join(team, file), 'utf8')));
  for (const user of users) {
    log.loud(
      `team user ${user} still has the default password "${DEFAULT_PASSWORD}": anyone can administer this ` +
        'system. Change it now (README: Install > Container > Changing the default password).',
    );
  }
}
