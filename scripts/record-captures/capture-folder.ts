import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the captured switch's temporary folder appears in the files, cut or padded to the folder's length. */
const STAND_IN = '/var/fsroot/capture-root';
const STAND_IN_MINIMUM = '/var/fsroot/'.length;

/**
 * A scenario's folder in fixtures/fs-captures. Everything written to it has the switch's temporary
 * folder replaced with a stand-in of the same length, so every Content-Length and offset still holds.
 */
export class CaptureFolder {
  private readonly standIn: Buffer;
  private readonly switchRoot: Buffer;

  constructor(
    readonly dir: string,
    switchRoot: string,
  ) {
    if (switchRoot.length < STAND_IN_MINIMUM) throw new Error(`${switchRoot} is too short to stand in for`);
    this.switchRoot = Buffer.from(switchRoot);
    this.standIn = Buffer.from(STAND_IN.padEnd(switchRoot.length, '-').slice(0, switchRoot.length));
  }

  write(file: string, content: string | Buffer): void {
    const path = join(this.dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, this.rewrite(Buffer.from(content)));
  }

  private rewrite(bytes: Buffer): Buffer {
    const copy = Buffer.from(bytes);
    for (let at = copy.indexOf(this.switchRoot); at >= 0; at = copy.indexOf(this.switchRoot, at + 1)) {
      this.standIn.copy(copy, at);
    }
    return copy;
  }
}
