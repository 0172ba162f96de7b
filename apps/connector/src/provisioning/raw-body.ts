import type { IncomingMessage } from 'node:http';
import { DomainError } from '../common/domain-error';

/** An upload request; the connector runs no body parser on phone uploads, so the stream is unread. */
export type UploadRequest = IncomingMessage;

/** The body's bytes, or `too-large` past `limit`. */
export type RawBody = Buffer | 'too-large';

/**
 * Reads the request body as bytes, whatever its content type. Past the limit it stops collecting and
 * lets the rest drain, so the client still receives the answer.
 */
export function readRawBody(request: UploadRequest, limit: number): Promise<RawBody> {
  if (Number(request.headers['content-length']) > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: () => void) => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else
        finish(() => {
          request.resume();
          resolve('too-large');
        });
    };
    const onEnd = () => finish(() => resolve(Buffer.concat(chunks)));
    const onError = (error: Error) => finish(() => reject(error));
    const onClose = () => finish(() => reject(new DomainError('UPLOAD.INVALID', 'the upload was cut off')));
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
