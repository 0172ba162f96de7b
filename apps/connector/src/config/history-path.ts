import { basename, dirname, extname, join } from 'node:path';

/**
 * The history file beside the journal: `journal.sqlite` → `journal.history.sqlite`. A file of its own,
 * so that JOURNAL_MAX_BYTES measures the journal alone and pruning the journal never touches it.
 */
export function historyPath(journalPath: string): string {
  if (journalPath === ':memory:') return journalPath;
  const name = basename(journalPath, extname(journalPath));
  return join(dirname(journalPath), `${name}.history.sqlite`);
}
