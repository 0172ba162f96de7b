import type { JournalEntry } from '@fscon/journal';
import { HistoryProjector } from '../history-projector';
import { HistoryBatch } from '../history-batch';

/** The rows a projector handed over, the newest version of each, with lookups by session for specs. */
export class CollectedHistory extends HistoryBatch {
  participantsOf(session: string) {
    return [...this.participants.values()].filter((row) => row.session === session);
  }
  recordingsOf(session: string) {
    return [...this.recordings.values()].filter((row) => row.session === session);
  }
  timelineOf(session: string): string[] {
    return this.timelineRows.filter((row) => row.session === session).map((row) => row.text);
  }
}

/** The history a new projector makes of these entries. */
export function projected(entries: readonly JournalEntry[]): CollectedHistory {
  const history = new CollectedHistory();
  const projector = new HistoryProjector(history);
  for (const entry of entries) projector.apply(entry);
  return history;
}
