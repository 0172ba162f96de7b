import type { JournaledLiveEvent, JournalStretch } from '@fscon/live-state';
import type { Journal } from '../../journal/journal';

const PAGE = 1000;

/**
 * The live events of the journal's newest `maxEntries` entries (all it keeps when they are fewer), read
 * in pages: the stretch a replay may look at.
 */
export function newestStretch(journal: Journal, maxEntries: number): JournalStretch {
  const last = journal.seq;
  const after = Math.max(journal.firstSeq - 1, last - maxEntries, 0);
  const events: JournaledLiveEvent[] = [];
  for (let through = after; through < last;) {
    const page = journal.readLiveAfter(through, Math.min(PAGE, last - through));
    if (page.through === through) break;
    events.push(...page.events);
    through = page.through;
  }
  return { after, events };
}
