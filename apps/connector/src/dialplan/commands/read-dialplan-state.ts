import type { ContextRanges } from '@fscon/contracts';
import { dialplanState, type DialplanState } from '@fscon/admin';
import { CONFERENCE_FOLDER } from '@fscon/fs-xml';
import type { ConfigTransaction } from '../../config-files/config-transactions';

/** The conferences FreeSWITCH has and the conference files on disk, as a transaction sees them. */
export async function readDialplanState(
  tx: ConfigTransaction,
  ranges: ContextRanges,
): Promise<DialplanState> {
  const files = await tx.folder.xmlFiles(CONFERENCE_FOLDER);
  const { conferences, conferencetypes } = tx.state;
  return dialplanState({ conferences, conferencetypes, ranges, files });
}
