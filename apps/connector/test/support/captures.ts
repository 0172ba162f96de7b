import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CAPTURES_DIR = join(__dirname, '..', '..', '..', '..', 'fixtures', 'fs-captures');

/** A file of the recorded FreeSWITCH traffic, as text. */
export function capture(relativePath: string): string {
  return readFileSync(join(CAPTURES_DIR, relativePath), 'utf8');
}
