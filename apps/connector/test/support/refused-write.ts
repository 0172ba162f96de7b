import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestSystem } from './system';

/** Runs `write` while a broken directory file makes FreeSWITCH refuse every new configuration. */
export async function whileFreeSwitchRefuses<T>(system: TestSystem, write: () => Promise<T>): Promise<T> {
  const planted = join(system.workspace.confDir, 'directory/team/29999.xml');
  writeFileSync(planted, '<include>\n  <user id="29999"\n</include>\n');
  try {
    return await write();
  } finally {
    rmSync(planted);
  }
}
