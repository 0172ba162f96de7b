import { TEMP_FILE } from './durable-files';

/** Names the connector uses for its own work inside the configuration folders; never stored or restored. */
export const WORK_NAME = /^\.fscon-|^\..*\.tmp$/;

/** The folders a folder swap stages the new entries in and keeps the old ones in, by the swap's id. */
export function swapFolderNames(id: string): { staged: string; backup: string } {
  return { staged: `.fscon-restore-${id}`, backup: `.fscon-backup-${id}` };
}

const SWAP_FOLDER = /^\.fscon-(restore|backup)-[0-9a-f]{12}$/;

/** Whether a leftover entry is one of the connector's own: a temporary file, or a swap's folder. */
export function isOwnWorkEntry(name: string, isDirectory: boolean): boolean {
  return isDirectory ? SWAP_FOLDER.test(name) : TEMP_FILE.test(name);
}
