import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { supervise, type Program } from './supervise';
import { recordingLog } from './test-support/test-folders';

const program = (name: string, script: string): Program => ({
  name,
  command: process.execPath,
  args: ['-e', script],
  stopTimeoutMs: 5_000,
});
const RUNS = 'setInterval(() => {}, 1000)';

describe('supervise', () => {
  it('stops the programs in reverse order when the container is told to stop', async () => {
    const log = recordingLog();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const code = supervise([program('first', RUNS), program('second', RUNS)], stopped, log);
    stop();
    expect(await code).toBe(0);
    expect(log.lines).toEqual([
      'stopping second',
      'second stopped (signal 15)',
      'stopping first',
      'first stopped (signal 15)',
    ]);
  });

  it('stops the others and ends with 1 when one program ends, killing one that ignores SIGTERM', async () => {
    const log = recordingLog();
    const ready = join(mkdtempSync(join(tmpdir(), 'fscon-supervise-')), 'ready');
    const stubborn = {
      ...program(
        'stubborn',
        `process.on("SIGTERM", () => {}); require("fs").writeFileSync(${JSON.stringify(ready)}, ""); setInterval(() => {}, 1000)`,
      ),
      stopTimeoutMs: 300,
    };
    // ends once the stubborn one ignores SIGTERM
    const short = program(
      'short',
      `setInterval(() => require("fs").existsSync(${JSON.stringify(ready)}) && process.exit(3), 20)`,
    );
    const code = await supervise([stubborn, short], new Promise(() => {}), log);
    rmSync(dirname(ready), { recursive: true });
    expect(code).toBe(1);
    expect(log.lines).toEqual([
      'LOUD short ended (exit code 3): stopping the container',
      'stopping stubborn',
      'LOUD stubborn did not stop within 300 ms: killing it',
      'stubborn stopped (signal 9)',
    ]);
  });
});
