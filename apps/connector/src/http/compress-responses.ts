import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import Negotiator from 'negotiator';
import { CompressedBodies, type Coding } from './compressed-bodies';

/** Bodies below this go as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** How many compressed JSON bodies are kept for answers sent again unchanged. */
const KEPT_BODIES = 64;

/** JSON and the documentation page's files; the web client's assets come precompressed, files and phone uploads as stored. */
function shouldCompress(request: Request, response: Response): boolean {
  const type = String(response.getHeader('Content-Type') ?? '');
  if (/^application\/json\b/i.test(type)) return true;
  return request.path.startsWith('/docs/') && compression.filter(request, response);
}

/** The coding the compression middleware would choose for this request, if it is one kept bodies have. */
function keptCoding(request: Request): Coding | undefined {
  if (request.headers['accept-encoding'] === undefined) return undefined;
  const coding = new Negotiator(request).encoding(['br', 'gzip', 'deflate', 'identity'], {
    preferred: ['br', 'gzip'],
  });
  return coding === 'br' || coding === 'gzip' ? coding : undefined;
}

/** A whole body the compression middleware would compress (res.send ends with the body as one Buffer). */
function compressible(request: Request, response: Response, body: unknown): body is Buffer {
  return (
    Buffer.isBuffer(body) &&
    body.length >= COMPRESSION_THRESHOLD_BYTES &&
    request.method !== 'HEAD' &&
    !response.headersSent &&
    response.getHeader('Content-Encoding') === undefined &&
    !/(?:^|,)\s*no-transform\s*(?:,|$)/.test(String(response.getHeader('Cache-Control') ?? '')) &&
    shouldCompress(request, response)
  );
}

/**
 * Sends a JSON body compressed once and kept (CompressedBodies) instead of compressing it again: the
 * compression middleware then finds it encoded and only adds `Vary: Accept-Encoding`.
 */
function reuseCompressedBodies(request: Request, response: Response, bodies: CompressedBodies): void {
  const end = response.end.bind(response) as (...args: unknown[]) => Response;
  const coding = keptCoding(request);
  if (coding === undefined) return;
  response.end = ((body?: unknown, ...rest: unknown[]) => {
    const withCallback = rest.some((arg) => typeof arg === 'function');
    if (withCallback || !compressible(request, response, body)) return end(body, ...rest);
    bodies.compressed(body, coding).then(
      (compressed) => {
        response.setHeader('Content-Encoding', coding);
        response.setHeader('Content-Length', compressed.length);
        end(compressed);
      },
      () => end(body, ...rest),
    );
    return response;
  }) as Response['end'];
}

/**
 * Compresses JSON answers of at least COMPRESSION_THRESHOLD_BYTES with Brotli or gzip, as the request's
 * Accept-Encoding prefers (with `Vary: Accept-Encoding`); a JSON body sent again unchanged is not
 * compressed again. The live WebSocket is an upgrade, which never reaches this middleware.
 */
export function compressResponses(): RequestHandler {
  const compress = compression({ threshold: COMPRESSION_THRESHOLD_BYTES, filter: shouldCompress });
  const bodies = new CompressedBodies(KEPT_BODIES);
  return (request: Request, response: Response, next: NextFunction) =>
    compress(request, response, (error?: unknown) => {
      if (error === undefined) reuseCompressedBodies(request, response, bodies);
      next(error);
    });
}
