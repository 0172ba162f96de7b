import type { JournalEntryDraft } from '@fscon/journal';
import type { AdminRequest } from './admin-entries';
import type { AdminJournal } from './admin-journal';
import type { ConfigChange } from './config-change';
import type { ConfigTransaction } from './config-transactions';
import { writeResponse, type ElementOutcome, type WriteResponse } from './write-response';

/** What an admin write's events mean: an outcome per element, their journal entries, their files. */
export interface AdminEffects<TRequest, TDone> {
  readonly outcomes: readonly ElementOutcome<TRequest, TDone>[];
  readonly entries: (time: number) => JournalEntryDraft[];
  readonly changes: readonly ConfigChange[];
}

/**
 * Carries a write's events out: writes their files, has FreeSWITCH reload, journals them once it
 * accepted, and answers each element (under `key`) with what it became or why it failed.
 */
export async function commitAdminEvents<TRequest, TDone, TKey extends string>(
  tx: ConfigTransaction,
  journal: AdminJournal,
  { op, caller }: AdminRequest<TRequest>,
  key: TKey,
  { outcomes, entries, changes }: AdminEffects<TRequest, TDone>,
): Promise<WriteResponse<TDone, TKey, TRequest>> {
  const elements = outcomes.filter((outcome) => 'done' in outcome).length;
  const commit = await journal.commit({ op, caller, elements, entries }, () => tx.commitChanges(changes));
  return writeResponse(op, key, outcomes, commit);
}
