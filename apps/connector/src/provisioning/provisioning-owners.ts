import type { User } from '@fscon/contracts';
import { ProvisioningError, provisioningPaths, type ProvisioningPaths } from '@fscon/provisioning';
import type { ProvisioningFileStore } from './provisioning-file-store.port';
import type { ProvisioningRunResult } from './provisioning-run';

/** A user as their files are rendered: without Polycom files when the MAC is unusable, and why. */
export interface CheckedUser {
  user: User;
  paths: ProvisioningPaths;
  problem?: string;
}

const POLYCOM_FOLDER = /^[0-9a-f]{12}$/;
/** A temporary file younger than this may belong to a write going on. */
const LEFTOVER_AGE_MS = 60_000;

/**
 * Checks that the user's files have usable paths. A MAC that is malformed or already claimed by an
 * earlier user in `owners` (MAC → user id, filled in here) costs the user the Polycom files only.
 */
export function checkPhoneUser(user: User, owners: Map<string, string>): CheckedUser | { error: string } {
  try {
    const paths = provisioningPaths(user);
    const owner = owners.get(user.polymac);
    if (paths.polycom && owner !== undefined) {
      const problem = `polymac ${user.polymac} of user ${user.id} already belongs to user ${owner}`;
      return { user: { ...user, polymac: 'none' }, paths: { linphone: paths.linphone }, problem };
    }
    if (paths.polycom) owners.set(user.polymac, user.id);
    return { user, paths };
  } catch (error) {
    if (!(error instanceof ProvisioningError)) throw error;
    if (error.code !== 'PROVISIONING.POLYMAC_INVALID') return { error: error.message };
    const withoutPhone = { ...user, polymac: 'none' };
    return { user: withoutPhone, paths: provisioningPaths(withoutPhone), problem: error.message };
  }
}

/** The files the server writes for these paths (phone uploads beside them are not among them). */
export function serverFiles(paths: ProvisioningPaths): string[] {
  const polycom = paths.polycom;
  return [paths.linphone.file, ...(polycom ? [polycom.master, polycom.allprov, polycom.directory] : [])];
}

/** The folders the server writes into: `linphone/<id>` and `polycom/<mac>`. */
async function serverFolders(store: ProvisioningFileStore): Promise<string[]> {
  const linphone = (await store.folders('linphone')).map((name) => `linphone/${name}`);
  const polycom = (await store.folders('polycom')).filter((name) => POLYCOM_FOLDER.test(name));
  return [...linphone, ...polycom.map((mac) => `polycom/${mac}`)];
}

/** Server files on disk that no current user claims: left from before a restart or written by hand. */
export async function orphanedServerFiles(
  store: ProvisioningFileStore,
  claimed: ReadonlySet<string>,
): Promise<string[]> {
  const files = (await serverFolders(store)).flatMap((folder) => {
    const [kind, name] = folder.split('/');
    if (kind === 'linphone') return [`${folder}/linphone.xml`];
    return serverFiles(provisioningPaths({ id: 'orphan', polymac: name })).slice(1);
  });
  return files.filter((path) => !claimed.has(path));
}

/**
 * Removes what writes cut off by a crash left behind, and folders that held nothing else. Temporary
 * files younger than `olderThanMs` are kept: they may belong to a write going on.
 */
export async function removeLeftovers(
  store: ProvisioningFileStore,
  olderThanMs = LEFTOVER_AGE_MS,
): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of await serverFolders(store)) {
    const found = await store.removeLeftovers(folder, olderThanMs);
    if (found.length === 0) continue;
    removed.push(...found);
    await store.removeFolderIfEmpty(folder);
  }
  return removed;
}

/** Removes the files that exist, then their folders if nothing else is left in them. */
export async function removeServerFiles(
  store: ProvisioningFileStore,
  paths: string[],
  result: ProvisioningRunResult,
): Promise<void> {
  const folders = new Set<string>();
  for (const path of paths) {
    if (!(await store.remove(path))) continue;
    result.removed.push(path);
    folders.add(path.slice(0, path.lastIndexOf('/')));
  }
  for (const folder of folders) await store.removeFolderIfEmpty(folder);
}
