import { join } from 'node:path';
import { LiveControlError } from './live-control.errors';

/**
 * Where a new recording of the conference goes: `<recordings folder>/<conference>-<ISO time>.wav`.
 * The path is one argument of a conference command, so it may not contain white space.
 */
export function newRecordingFile(folder: string, conference: string, at: Date): string {
  const file = join(folder, `${conference}-${at.toISOString()}.wav`);
  if (/\s/.test(file)) {
    throw new LiveControlError(
      'LIVE.INVALID',
      `the recordings folder ${JSON.stringify(folder)} contains white space, which a conference command cannot carry`,
    );
  }
  return file;
}
