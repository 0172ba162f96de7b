import { ClientCommand, headerLines } from './client-command';

const MAX_BLOCK = 10 * 1024 * 1024;
const MAX_CONTENT_LENGTH = 16 * 1024 * 1024;
const LF = 10;
const CR = 13;

export type ReadOutcome = { kind: 'command'; command: ClientCommand } | { kind: 'invalid' };

/**
 * Turns the client's bytes into commands the way read_packet does: blank lines before a command are
 * skipped, a block ends at its second `\n` (a `\r` between them does not count as a character), and
 * each Content-Length header is followed by that many body bytes. A Content-Length out of range makes
 * the connection unusable ('invalid'). Any bytes are accepted; nothing here throws.
 */
export class CommandReader {
  private block: number[] = [];
  private newlines = 0;
  private awaiting:
    { raw: string; headers: Array<[string, string]>; lengths: number[]; body: Buffer[] } | undefined;
  private bodyBytes = 0;

  /** True while a command has started arriving but is not complete (events then wait, as in FreeSWITCH). */
  get hasPartial(): boolean {
    return this.block.length > 0 || this.awaiting !== undefined;
  }

  push(chunk: Buffer): ReadOutcome[] {
    const outcomes: ReadOutcome[] = [];
    let i = 0;
    while (i < chunk.length) {
      if (this.awaiting) {
        const take = Math.min(this.bodyBytes, chunk.length - i);
        this.awaiting.body.push(chunk.subarray(i, i + take));
        this.bodyBytes -= take;
        i += take;
        if (this.bodyBytes === 0) this.nextBody(outcomes);
        continue;
      }
      const c = chunk[i++];
      if (this.block.length === 0 && (c === CR || c === LF)) continue;
      this.block.push(c);
      if (c === LF) this.newlines++;
      else if (c !== CR) this.newlines = 0;
      if (this.newlines === 2 || this.block.length >= MAX_BLOCK) {
        const outcome = this.completeBlock();
        if (outcome) outcomes.push(outcome);
        if (outcome?.kind === 'invalid') return outcomes;
      }
    }
    return outcomes;
  }

  private completeBlock(): ReadOutcome | undefined {
    const raw = Buffer.from(this.block).toString('utf8');
    this.block = [];
    this.newlines = 0;
    const headers = headerLines(raw);
    const lengths: number[] = [];
    for (const [name, value] of headers) {
      if (name.toLowerCase() !== 'content-length') continue;
      const length = atoi(value);
      if (length < 0 || length > MAX_CONTENT_LENGTH) return { kind: 'invalid' };
      if (length > 0) lengths.push(length);
    }
    if (lengths.length === 0) return { kind: 'command', command: new ClientCommand(raw, headers) };
    this.awaiting = { raw, headers, lengths, body: [] };
    this.bodyBytes = lengths[0];
    return undefined;
  }

  /** Bodies are read one per Content-Length header; the last one read is the command's body. */
  private nextBody(outcomes: ReadOutcome[]): void {
    const awaiting = this.awaiting;
    if (!awaiting) return;
    awaiting.lengths.shift();
    if (awaiting.lengths.length > 0) {
      awaiting.body = [];
      this.bodyBytes = awaiting.lengths[0];
      return;
    }
    this.awaiting = undefined;
    const body = Buffer.concat(awaiting.body).toString('utf8').split('\0')[0];
    outcomes.push({ kind: 'command', command: new ClientCommand(awaiting.raw, awaiting.headers, body) });
  }
}

/** C atoi: optional spaces and sign, then digits; anything else reads as 0. */
function atoi(text: string): number {
  const match = /^[\t\n\v\f\r ]*([+-]?\d+)/.exec(text);
  return match ? Number(match[1]) : 0;
}
