import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { bundleChildScript, CHILD_NODE_PATH } from '../test-support/child-script';
import { tempFolder, type TempFolder } from '../test-support/journal-files';
import { openSqliteJournal } from './sqlite-journal-store';
import { readJournalFile } from './test-support/journal-file-reader';

const KILLS = 10;

/** Runs the writer until it acknowledged a durable entry, then for `ms` more, and kills it with SIGKILL. */
function runAndKill(script: string, path: string, shift: number, ms: number): Promise<number[]> {
  const child = spawn(process.execPath, [script, path, String(shift)], {
    env: { ...process.env, NODE_PATH: CHILD_NODE_PATH },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acked: number[] = [];
  let rest = '';
  let killScheduled = false;
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) acked.push(Number(line.replace('ack ', '')));
      if (acked.length > 0 && !killScheduled) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), ms);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`the writer ended by itself (${code})`)),
    );
  });
}

function inspect(path: string): { integrity: string; seqs: number[] } {
  const { integrity, entries } = readJournalFile(path);
  return { integrity, seqs: entries.map((entry) => entry.seq) };
}

describe('SqliteJournalStore killed while it writes', () => {
  let folder: TempFolder;
  let script: string;
  beforeAll(() => {
    folder = tempFolder();
    script = bundleChildScript('crash-writer', folder);
  });
  afterAll(() => folder.remove());

  it('leaves an intact file with gapless seqs holding every acknowledged entry, kill after kill', async () => {
    const path = folder.file('j.db');
    const killDelays = fc.sample(fc.integer({ min: 0, max: 150 }), { seed: 20261207, numRuns: KILLS });
    const epochs = new Set<string>();
    const rounds: { integrity: string; gapless: boolean; missing: number[]; grew: boolean }[] = [];
    let lastSeq = 0;

    for (let kill = 0; kill < KILLS; kill++) {
      const acked = await runAndKill(script, path, kill, killDelays[kill]);
      const { integrity, seqs } = inspect(path);
      const journal = openSqliteJournal({ path });
      const present = new Set(seqs);
      rounds.push({
        integrity,
        gapless: seqs.every((seq, i) => seq === i + 1) && journal.lastSeq === seqs.length,
        missing: acked.filter((seq) => !present.has(seq)),
        grew: journal.lastSeq > lastSeq,
      });
      const ackedEntries =
        acked.length === 0 ? [] : journal.readAfter(acked[0] - 1, acked.at(-1)! - acked[0] + 1);
      expect(ackedEntries.filter((entry) => acked.includes(entry.seq)).map((entry) => entry.kind)).toEqual(
        acked.map(() => 'user.added'),
      );
      epochs.add(journal.epoch);
      lastSeq = journal.lastSeq;
      await journal.close();
    }

    expect(rounds).toEqual(
      Array.from({ length: KILLS }, () => ({ integrity: 'ok', gapless: true, missing: [], grew: true })),
    );
    expect(epochs.size).toBe(1);
  });
});
