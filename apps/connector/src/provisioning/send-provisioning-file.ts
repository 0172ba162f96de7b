import { DomainError } from '../common/domain-error';

interface SendFileError extends Error {
  status?: number;
  statusCode?: number;
  code?: string;
}

interface SendFileOptions {
  root: string;
  dotfiles: 'deny';
}

/** The part of Express's response that serves files (Range, conditional requests, content type by extension). */
export interface FileResponse {
  readonly headersSent: boolean;
  sendFile(path: string, options: SendFileOptions, done: (error?: SendFileError) => void): void;
}

/** Serves `path` (relative to `root`); a missing file becomes PROVISIONING_FILE.NOT_FOUND. */
export function sendProvisioningFile(response: FileResponse, root: string, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    response.sendFile(path, { root, dotfiles: 'deny' }, (error) => {
      if (error === undefined || response.headersSent) return resolve();
      const status = error.status ?? error.statusCode;
      if (status === 404 || error.code === 'ENOENT' || error.code === 'EISDIR') {
        return reject(
          new DomainError('PROVISIONING_FILE.NOT_FOUND', `no file ${path.slice(path.lastIndexOf('/') + 1)}`),
        );
      }
      reject(error);
    });
  });
}
