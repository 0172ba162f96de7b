import type { RequestHandler } from 'express';
import { BODY_LIMIT_BYTES, bodyTooLarge, readsOwnBody } from './body-parsers';

/**
 * A route runs only once its request has arrived whole. A body no parser took (a GET that says it has
 * one, a type no parser reads) is read here and dropped, up to BODY_LIMIT_BYTES; past it the answer is
 * 413. A request cut off before its end runs nothing: a client that claims 4 KB and closes after its
 * headers must not start a restore whose answer nobody reads.
 */
export function wholeRequestFirst(): RequestHandler {
  return (request, _response, next) => {
    if (request.complete || readsOwnBody(request)) return next();
    let size = 0;
    const stop = () => request.off('data', onData).off('end', onEnd).off('close', stop);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) return;
      stop();
      request.resume();
      next(bodyTooLarge());
    };
    const onEnd = () => {
      stop();
      next();
    };
    request.on('data', onData).on('end', onEnd).on('close', stop);
  };
}
