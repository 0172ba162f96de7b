import { CONTEXTS, type ContextRanges } from '@fscon/contracts';
import { userFolder } from '@fscon/fs-xml';
import type { ConfigTransaction } from '../../config-files/config-transactions';
import type { UsersView } from './users-view';

/** The users FreeSWITCH has and the user files on disk, as a transaction sees them. */
export async function readUsersView(tx: ConfigTransaction, ranges: ContextRanges): Promise<UsersView> {
  const files = await Promise.all(CONTEXTS.map((context) => tx.folder.xmlFiles(userFolder(context))));
  return { users: tx.state.users, globals: tx.state.globals, ranges, files: new Set(files.flat()) };
}
