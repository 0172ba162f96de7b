import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/** Bodies below this go as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** JSON and the documentation page's files; the web client's assets come precompressed, files and phone uploads as stored. */
function shouldCompress(request: Request, response: Response): boolean {
  const type = String(response.getHeader('Content-Type') ?? '');
  if (/^application\/json\b/i.test(type)) return true;
  return request.path.startsWith('/docs/') && compression.filter(request, response);
}

/**
 * Compresses JSON answers of at least COMPRESSION_THRESHOLD_BYTES with Brotli or gzip, as the request's
 * Accept-Encoding prefers (with `Vary: Accept-Encoding`). The live WebSocket is an upgrade, which
 * never reaches this middleware.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD_BYTES, filter: shouldCompress });
}
