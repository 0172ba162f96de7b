import { join } from 'path';

/** The recorded FreeSWITCH captures, in the repository's fixtures folder. */
export const FS_CAPTURES = join(__dirname, '..', '..', '..', '..', 'fixtures', 'fs-captures');

/** `<scenario>/<scenario>.<format>.raw` (or `.log`) of the captures. */
export function capturePath(
  scenario: string,
  format: 'plain' | 'json',
  extension: 'raw' | 'log' = 'raw',
): string {
  return join(FS_CAPTURES, scenario, `${scenario}.${format}.${extension}`);
}

export function outputPath(scenario: string, file: string): string {
  return join(FS_CAPTURES, scenario, 'outputs', file);
}
