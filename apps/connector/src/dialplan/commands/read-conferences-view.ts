import type { ContextRanges } from '@fscon/contracts';
import { CONFERENCE_FOLDER } from '@fscon/fs-xml';
import type { ConfigTransaction } from '../../config-files/config-transactions';
import type { ConferencesView } from './conferences-view';

/** The conferences FreeSWITCH has and the conference files on disk, as a transaction sees them. */
export async function readConferencesView(
  tx: ConfigTransaction,
  ranges: ContextRanges,
): Promise<ConferencesView> {
  const files = await tx.folder.xmlFiles(CONFERENCE_FOLDER);
  const { conferences, conferencetypes } = tx.state;
  return { conferences, conferencetypes, ranges, files: new Set(files) };
}
