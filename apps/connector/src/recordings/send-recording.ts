import { HttpException } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import type { StoredRecording } from './recording-store.port';

interface SendFileError extends Error {
  status?: number;
  statusCode?: number;
  code?: string;
  headers?: Record<string, string>;
}

interface SendFileOptions {
  root: string;
  dotfiles: 'deny';
  headers: Record<string, string>;
}

/** The part of Express's response that serves files (Range, HEAD, conditional requests, 416). */
export interface FileResponse {
  readonly headersSent: boolean;
  setHeader(name: string, value: string): unknown;
  sendFile(path: string, options: SendFileOptions, done: (error?: SendFileError) => void): void;
}

/**
 * Serves a recording as audio/wav. Failures before the first byte become errors for the exception
 * filter (a 416 keeps its `Content-Range`); once streaming has started there is nothing left to answer.
 */
export function sendRecording(response: FileResponse, recording: StoredRecording): Promise<void> {
  const options: SendFileOptions = {
    root: recording.root,
    dotfiles: 'deny',
    headers: { 'Content-Type': 'audio/wav' },
  };
  return new Promise((resolve, reject) => {
    response.sendFile(recording.name, options, (error) => {
      if (error === undefined || response.headersSent) resolve();
      else reject(asHttpError(error, response, recording.name));
    });
  });
}

function asHttpError(error: SendFileError, response: FileResponse, name: string): Error {
  const status = error.status ?? error.statusCode;
  if (status === 404 || error.code === 'ENOENT') {
    return new DomainError('RECORDING.NOT_FOUND', `no recording ${JSON.stringify(name)}`);
  }
  if (status === undefined || status >= 500) return error;
  Object.entries(error.headers ?? {}).forEach(([header, value]) => response.setHeader(header, value));
  return new HttpException(status === 416 ? 'range not satisfiable' : error.message, status);
}
