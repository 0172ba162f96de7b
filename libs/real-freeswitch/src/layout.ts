import { join } from 'node:path';

/** Where an installation keeps what starting it needs (a source build's prefix layout). */
export const installationLayout = (home: string) => ({
  binary: join(home, 'bin', 'freeswitch'),
  fsCli: join(home, 'bin', 'fs_cli'),
  libraries: join(home, 'lib'),
  modules: join(home, 'lib', 'freeswitch', 'mod'),
});

export function binaryOf(home: string): string {
  return installationLayout(home).binary;
}
