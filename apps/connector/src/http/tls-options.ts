import { existsSync, readFileSync } from 'node:fs';
import type { AppConfig } from '../config/app-config';

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

/** The certificate and key when FASTICERT and FASTIKEY point to files; undefined means plain HTTP. */
export function readTlsFiles(http: AppConfig['http']): TlsFiles | undefined {
  const { certFile, keyFile } = http;
  if (!certFile || !keyFile || !existsSync(certFile) || !existsSync(keyFile)) return undefined;
  return { cert: readFileSync(certFile), key: readFileSync(keyFile) };
}
