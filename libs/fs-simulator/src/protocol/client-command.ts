/** One command a client sent: the header block and, when it announced a Content-Length, the body. */
export class ClientCommand {
  constructor(
    /** The whole header block as received, like mod_event_socket's "Command" header. */
    readonly raw: string,
    readonly headers: ReadonlyArray<readonly [string, string]>,
    readonly body?: string,
  ) {}

  /** The command line: the block cut at its first `\r` (anywhere), else at its first `\n` (strip_cr). */
  get line(): string {
    const end = this.raw.includes('\r') ? this.raw.indexOf('\r') : this.raw.indexOf('\n');
    return end >= 0 ? this.raw.slice(0, end) : this.raw;
  }

  header(name: string): string | undefined {
    const wanted = name.toLowerCase();
    return this.headers.find(([n]) => n.toLowerCase() === wanted)?.[1];
  }
}

/**
 * The header lines of a block as read_packet splits them: each line runs to the first `\r` still ahead
 * (or else the first `\n`), `Name: value` with spaces after the colon skipped; lines without a colon
 * and empty values are dropped. The first line is the command itself.
 */
export function headerLines(block: string): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  let cur = 0;
  for (let count = 1; cur >= 0; count++) {
    let end = block.indexOf('\r', cur);
    if (end < 0) end = block.indexOf('\n', cur);
    let next = -1;
    if (end >= 0) {
      next = end;
      while (block[next] === '\r' || block[next] === '\n') next++;
    }
    const line = end >= 0 ? block.slice(cur, end) : block.slice(cur);
    const colon = line.indexOf(':');
    if (count > 1 && colon >= 0) {
      const value = line.slice(colon + 1).replace(/^ +/, '');
      if (value !== '') headers.push([line.slice(0, colon), value]);
    }
    cur = next;
  }
  return headers;
}
