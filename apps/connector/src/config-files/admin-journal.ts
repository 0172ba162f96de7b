import { Injectable, Logger } from '@nestjs/common';
import type { JournalEntryDraft } from '@fscon/journal';
import { Journal } from '../journal/journal';
import { writeRefusedEntry, type AdminWrite } from './admin-entries';
import type { CommitOutcome } from './config-writer';

/**
 * Journals admin writes, durably, before their answer goes out. An entry that could not be made
 * durable (a full or read-only disk) does not hold the answer back: the configuration did change, so
 * the failure is logged, and readiness reports the journal.
 */
@Injectable()
export class AdminJournal {
  private readonly logger = new Logger('Journal');

  constructor(private readonly journal: Journal) {}

  /** Runs the commit; records its entries once FreeSWITCH accepted, one `write.refused` when it did not. */
  async commit(write: AdminWrite, commit: () => Promise<CommitOutcome>): Promise<CommitOutcome> {
    let outcome: CommitOutcome;
    try {
      outcome = await commit();
    } catch (error) {
      await this.record([writeRefusedEntry(write, (error as Error).message, Date.now())]);
      throw error;
    }
    if (!outcome.accepted) await this.record([writeRefusedEntry(write, outcome.error, Date.now())]);
    else if (outcome.changed) await this.record(write.entries(Date.now()));
    return outcome;
  }

  async record(drafts: readonly JournalEntryDraft[]): Promise<void> {
    if (drafts.length === 0) return;
    const outcome = await this.journal.recordDurable(drafts);
    if (!outcome.durable) {
      this.logger.error(
        `${drafts.map((draft) => draft.kind).join(', ')} could not be journaled durably: ${outcome.reason}`,
      );
    }
  }
}
