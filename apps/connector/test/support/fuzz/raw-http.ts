import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  /** The request target exactly as it goes on the wire. */
  target: string;
  /** Sent as given, in order; a Content-Length is added only when `contentLength` says so. */
  headers: [string, string][];
  body?: Buffer;
  /** `auto`: the body's length; a number or text: that value, whatever the body; `none`: no header. */
  contentLength?: 'auto' | 'none' | number | string;
  /** The loopback address the connection comes from. */
  localAddress: string;
}

/** The status, or how the exchange ended without one. */
export type RawStatus = number | 'closed' | 'timeout';

export interface RawAnswer {
  status: RawStatus;
  headers: Record<string, string>;
  body: Buffer;
  /**
   * Bytes past the body's declared end went too; the server reads them as another request, and when
   * that one is malformed its 400 may come (and the connection close) before the first one's answer.
   */
  overran?: boolean;
}

const TIMEOUT_MS = 5000;

/**
 * One request over its own TCP connection, written byte for byte as given (no client-side checks of
 * the method, target or headers). A body shorter than its Content-Length ends where it ends: the
 * connection is half-closed after it, as by a client that went away. The answer is read until the server closes the connection (or, for an accepted
 * WebSocket upgrade, until its head has come).
 */
export function rawRequest(url: string, request: RawRequest): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  const body = request.body ?? Buffer.alloc(0);
  const length = request.contentLength ?? (body.length > 0 ? 'auto' : 'none');
  const lengthHeader: [string, string][] =
    length === 'none' ? [] : [['Content-Length', length === 'auto' ? String(body.length) : String(length)]];
  const head = [
    `${request.method} ${request.target} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    ...(request.headers.some(([name]) => name.toLowerCase() === 'connection') ? [] : ['Connection: close']),
    ...[...request.headers, ...lengthHeader].map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: hostname, port: Number(port), localAddress: request.localAddress });
    const declared = length === 'auto' ? body.length : length === 'none' ? 0 : Number(String(length).trim());
    const overran =
      declared < body.length && !request.headers.some(([name]) => /^transfer-encoding$/i.test(name));
    const timer = setTimeout(() => finish('timeout'), TIMEOUT_MS);
    const finish = (why?: 'timeout') => {
      clearTimeout(timer);
      socket.destroy();
      const answer =
        why === 'timeout'
          ? { status: 'timeout' as const, headers: {}, body: Buffer.alloc(0) }
          : parse(chunks);
      resolve({ ...answer, overran });
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (isComplete(chunks)) finish();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => finish());
    socket.write(Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), body]));
    if (!(declared <= body.length)) socket.end();
  });
}

/** An accepted upgrade (its head is the whole answer) or an answer whose body has come in full. */
function isComplete(chunks: Buffer[]): boolean {
  const { status, headers, body } = parse(chunks);
  if (status === 101) return true;
  const length = headers['content-length'];
  return typeof status === 'number' && length !== undefined && body.length >= Number(length);
}

function parse(chunks: Buffer[]): RawAnswer {
  let bytes = Buffer.concat(chunks);
  let end = bytes.indexOf('\r\n\r\n');
  let status = /^HTTP\/1\.[01] (\d{3})/.exec(bytes.subarray(0, 16).toString('latin1'));
  // An interim answer (100 Continue) comes before the real one.
  while (end >= 0 && status !== null && /^1(?!01)/.test(status[1]!)) {
    bytes = bytes.subarray(end + 4);
    end = bytes.indexOf('\r\n\r\n');
    status = /^HTTP\/1\.[01] (\d{3})/.exec(bytes.subarray(0, 16).toString('latin1'));
  }
  if (end < 0 || status === null) return { status: 'closed', headers: {}, body: Buffer.alloc(0) };
  const headers: Record<string, string> = {};
  for (const line of bytes.subarray(0, end).toString('latin1').split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = bytes.subarray(end + 4);
  const body = headers['transfer-encoding'] === 'chunked' ? unchunk(rest) : rest;
  return { status: Number(status[1]), headers, body };
}

function unchunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at);
    const size = lineEnd < 0 ? 0 : parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}
