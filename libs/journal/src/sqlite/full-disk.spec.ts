import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { bundleChildScript, CHILD_NODE_PATH } from '../test-support/child-script';
import { tempFolder, type TempFolder } from '../test-support/journal-files';

const DISK_SIZE = '1m';

/**
 * A real full disk: the writer runs in a user and mount namespace of its own (unshare -rm) on a 1 MiB
 * tmpfs mounted there, so nothing outside the test sees the mount.
 */
function runOnSmallDisk(script: string, dir: string): Record<string, unknown> {
  const mountAndRun = `mount -t tmpfs -o size=${DISK_SIZE} tmpfs "$0" && exec "$1" "$2" "$0"`;
  const result = spawnSync('unshare', ['-rm', 'sh', '-c', mountAndRun, dir, process.execPath, script], {
    env: { ...process.env, NODE_PATH: CHILD_NODE_PATH },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) {
    throw new Error(`the writer on a small disk failed (${result.status}): ${result.stderr || result.error}`);
  }
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe('SqliteJournalStore on a disk that fills up', () => {
  let folder: TempFolder;
  let script: string;
  beforeAll(() => {
    folder = tempFolder();
    script = bundleChildScript('full-disk-writer', folder);
  });
  afterAll(() => folder.remove());

  it('reports the full disk, keeps what waits, and writes it, gapless and intact, once there is room', () => {
    const disk = folder.file('disk');
    mkdirSync(disk);
    const seen = runOnSmallDisk(script, disk);

    expect(seen).toEqual({
      outcome: { durable: false, reason: expect.stringMatching(/^SQLITE_FULL/) },
      whenFull: { ok: false, reason: expect.stringMatching(/^SQLITE_FULL/), unwritten: 20, dropped: 0 },
      waitingSeq: seen.appended,
      appended: expect.any(Number),
      lastSeq: seen.appended,
      integrity: 'ok',
      gapless: true,
      stored: seen.appended,
    });
  });
});
