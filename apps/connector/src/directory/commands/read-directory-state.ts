import { CONTEXTS, type ContextRanges } from '@fscon/contracts';
import { directoryState, type DirectoryState } from '@fscon/admin';
import { userFolder } from '@fscon/fs-xml';
import type { ConfigTransaction } from '../../config-files/config-transactions';

/** The users FreeSWITCH has and the user files on disk, as a transaction sees them. */
export async function readDirectoryState(
  tx: ConfigTransaction,
  ranges: ContextRanges,
): Promise<DirectoryState> {
  const files = await Promise.all(CONTEXTS.map((context) => tx.folder.xmlFiles(userFolder(context))));
  return directoryState({ users: tx.state.users, globals: tx.state.globals, ranges, files: files.flat() });
}
