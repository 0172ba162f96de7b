import { join } from 'node:path';
import { DomainError } from '../common/domain-error';

/** The configuration folders that can be stored and restored, relative to FreeSWITCH's configuration folder. */
export const STORED_FOLDERS = {
  directory: 'directory',
  dialplan: 'dialplan',
  conferences: 'dialplan/conferences',
  freeswitch: '.',
} as const;

export type StoredFolder = keyof typeof STORED_FOLDERS;

export function storedFolder(dir: string): StoredFolder {
  if (Object.hasOwn(STORED_FOLDERS, dir)) return dir as StoredFolder;
  const known = Object.keys(STORED_FOLDERS).join(', ');
  throw new DomainError(
    'STORE.INVALID',
    `no folder ${JSON.stringify(dir)} to store or restore; one of ${known}`,
  );
}

/** Where a folder lives and where its tarball goes. */
export function storePaths(dir: StoredFolder, paths: { switchConf: string; static: string }) {
  return {
    folder: join(paths.switchConf, STORED_FOLDERS[dir]),
    tarball: join(paths.static, 'store', `${dir}.tar.gz`),
  };
}
