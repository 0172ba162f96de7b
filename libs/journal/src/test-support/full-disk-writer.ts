import { writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteJournal } from '../sqlite/sqlite-journal-store';
import { readJournalFile } from '../sqlite/test-support/journal-file-reader';
import { memberJoined } from './journal-drafts';
import { untilHealthy } from './journal-files';

/**
 * Runs in a folder on a small file system of its own (argv[2]): takes some of its room with a filler
 * file, appends until the disk is full, appends once more, deletes the filler, waits until the store
 * wrote what waited, and prints what it saw as one line of JSON.
 */
const [dir] = process.argv.slice(2);
const RETRY_MS = 10;

async function main(): Promise<void> {
  const filler = join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(256 * 1024));
  const path = join(dir, 'j.db');
  const journal = openSqliteJournal({ path, retryDelayMs: RETRY_MS });
  let member = 0;
  let outcome = await journal.append([memberJoined('3000', member++)]).flushed;
  while (outcome.durable) {
    outcome = await journal.append(Array.from({ length: 20 }, () => memberJoined('3000', member++))).flushed;
  }
  const whenFull = journal.health();
  const waiting = journal.append([memberJoined('3000', member++)]);
  unlinkSync(filler);
  await untilHealthy(journal, RETRY_MS);
  const lastSeq = journal.lastSeq;
  await journal.close();

  const { integrity, entries } = readJournalFile(path);
  const seqs = entries.map((entry) => entry.seq);
  process.stdout.write(
    JSON.stringify({
      outcome,
      whenFull,
      waitingSeq: waiting.seqs[0],
      appended: member,
      lastSeq,
      integrity,
      gapless: seqs.every((seq, i) => seq === i + 1),
      stored: seqs.length,
    }) + '\n',
  );
}

void main();
