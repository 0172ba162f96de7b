import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawHttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as it came over the wire, still encoded. */
  bytes: Buffer;
}

/** One request with exactly these headers and no automatic decoding (fetch would add and undo an encoding). */
export function rawHttp(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawHttpResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers });
    outgoing.on('error', reject);
    outgoing.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          bytes: Buffer.concat(chunks),
        }),
      );
    });
    outgoing.end();
  });
}

/** The body with its Content-Encoding undone. */
export function decoded({ headers, bytes }: RawHttpResponse): Buffer {
  switch (headers['content-encoding']) {
    case undefined:
      return bytes;
    case 'br':
      return brotliDecompressSync(bytes);
    case 'gzip':
      return gunzipSync(bytes);
    default:
      throw new Error(`unexpected Content-Encoding ${headers['content-encoding']}`);
  }
}
