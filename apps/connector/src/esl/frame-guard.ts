/** Bytes from the Event Socket that are not a FreeSWITCH frame; the connection cannot be trusted after one. */
export class EslProtocolError extends Error {
  override readonly name = 'EslProtocolError';
}

export interface FrameLimits {
  /** Longest header block; FreeSWITCH's outer headers take well under a kilobyte. */
  maxHeaderBytes: number;
  /** Longest body; `xml_locate directory` of a 3,000-user installation is about 3 MB. */
  maxBodyBytes: number;
}

export const DEFAULT_FRAME_LIMITS: FrameLimits = {
  maxHeaderBytes: 64 * 1024,
  maxBodyBytes: 128 * 1024 * 1024,
};

/** One whole frame: its bytes, its Content-Type, and its body (the bytes after the header block). */
export interface GuardedFrame {
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly body: Buffer;
}

/** A frame whose header block is complete: its Content-Type, where its body starts, its whole length. */
interface FrameLayout {
  contentType: string;
  bodyStart: number;
  length: number;
}

const BLANK_LINE = Buffer.from('\n\n');
/** `Name: value`, a name of printable ASCII without ':'; modesl splits lines at ': ' exactly like this. */
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+: /;
const CONTENT_TYPE = /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i;
const DECIMAL = /^\d{1,10}$/;

/**
 * Cuts the byte stream into whole frames (`headers \n\n` then exactly Content-Length bytes) and rejects
 * anything else with EslProtocolError: a header block without Content-Type, a line that is not a header,
 * a bad or oversized Content-Length, or a header block that never ends.
 */
export class FrameGuard {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** How far the current header block has been searched for the blank line. */
  private searched = 0;
  /** The frame being received, once its header block is complete. */
  private pending: FrameLayout | undefined;

  constructor(private readonly limits: FrameLimits = DEFAULT_FRAME_LIMITS) {}

  /** Adds bytes from the socket; returns the frames they complete, in order. */
  push(chunk: Buffer): GuardedFrame[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: GuardedFrame[] = [];
    for (let frame = this.nextFrame(); frame; frame = this.nextFrame()) {
      frames.push(frame);
    }
    return frames;
  }

  private nextFrame(): GuardedFrame | undefined {
    this.pending ??= this.readHeaderBlock();
    if (this.pending === undefined || this.buffered < this.pending.length) {
      return undefined;
    }
    const { contentType, bodyStart, length } = this.pending;
    const all = this.flatten();
    const bytes = all.subarray(0, length);
    const rest = all.subarray(length);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    this.searched = 0;
    this.pending = undefined;
    return { bytes, contentType, body: bytes.subarray(bodyStart) };
  }

  /** The frame's layout once its header block is complete, else undefined. */
  private readHeaderBlock(): FrameLayout | undefined {
    const bytes = this.flatten();
    const end = bytes.indexOf(BLANK_LINE, Math.max(0, this.searched - 1));
    if (end === -1) {
      if (bytes.length > this.limits.maxHeaderBytes) {
        throw new EslProtocolError(`no end of headers within ${this.limits.maxHeaderBytes} bytes`);
      }
      this.searched = bytes.length;
      return undefined;
    }
    if (end > this.limits.maxHeaderBytes) {
      throw new EslProtocolError(`header block longer than ${this.limits.maxHeaderBytes} bytes`);
    }
    const bodyStart = end + BLANK_LINE.length;
    const { contentType, contentLength } = this.readHeaders(bytes.toString('latin1', 0, end));
    return { contentType, bodyStart, length: bodyStart + contentLength };
  }

  private readHeaders(headerBlock: string): { contentType: string; contentLength: number } {
    let contentType: string | undefined;
    let contentLength = 0;
    for (const line of headerBlock.split('\n')) {
      if (!HEADER_LINE.test(line)) {
        throw new EslProtocolError('a header line is not "Name: value"');
      }
      const value = line.slice(line.indexOf(': ') + 2);
      if (line.startsWith('Content-Type:')) {
        contentType = value;
      } else if (line.startsWith('Content-Length:')) {
        contentLength = this.parseLength(value);
      }
    }
    if (contentType === undefined || !CONTENT_TYPE.test(contentType)) {
      throw new EslProtocolError('frame without a valid Content-Type');
    }
    return { contentType, contentLength };
  }

  private parseLength(value: string): number {
    const length = DECIMAL.test(value) ? Number(value) : Number.NaN;
    if (!(length <= this.limits.maxBodyBytes)) {
      throw new EslProtocolError(`bad Content-Length "${value.slice(0, 20)}"`);
    }
    return length;
  }

  private flatten(): Buffer {
    if (this.chunks.length !== 1) {
      this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    }
    return this.chunks[0];
  }
}
