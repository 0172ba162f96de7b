import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContainerPaths, StartLog } from '../container-paths';

const SHIPPED = join(__dirname, '..', '..', '..', '..', 'etc-freeswitch');

/** Container folders in a temporary folder: the shipped configuration copied, the others empty. */
export function testFolders(): ContainerPaths & { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'fscon-container-'));
  const paths = {
    switchConf: join(root, 'etc-freeswitch'),
    shipped: join(root, 'shipped'),
    letsencrypt: join(root, 'etc-letsencrypt'),
    fsCliConf: join(root, 'fs_cli.conf'),
  };
  cpSync(SHIPPED, paths.shipped, { recursive: true });
  mkdirSync(paths.letsencrypt);
  return { ...paths, root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A StartLog that keeps its lines, loud ones marked. */
export function recordingLog(): StartLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line), loud: (line) => lines.push(`LOUD ${line}`) };
}
