import type { JournalEntry } from '@fscon/journal';
import { auditRow } from './audit/audit-row';
import type { HistorySink } from './history-rows';
import { SessionProjector, NO_SESSIONS, type SessionsState } from './sessions/session-projector';

/**
 * Conference history and audit log from journal entries in seq order: pure, it only hands rows to its
 * sink. `state()` is what a new projector needs to go on from the last entry applied.
 */
export class HistoryProjector {
  private readonly sessions: SessionProjector;

  constructor(
    private readonly sink: HistorySink,
    state: SessionsState = NO_SESSIONS,
  ) {
    this.sessions = new SessionProjector(sink, state);
  }

  apply(entry: JournalEntry): void {
    const audit = auditRow(entry);
    if (audit !== undefined) this.sink.audit(audit);
    else this.sessions.apply(entry);
  }

  state(): SessionsState {
    return this.sessions.state();
  }
}
