import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HistoryReplay, SqliteHistoryStore, type ReplayStart } from '@fscon/history';
import { Journal } from '../../journal';

/** Entries projected and committed per event-loop turn: a few milliseconds of work. */
export const ENTRIES_PER_TURN = 1000;

export function describeStart(start: ReplayStart): string {
  switch (start.from) {
    case 'stored':
      return `the history goes on after journal entry ${start.lastSeq}`;
    case 'first entry':
      return `the history is projected again from the journal's first entry: ${start.reason}`;
    case 'gap':
      return `journal entries ${start.lastSeq + 1} to ${start.firstSeq - 1} were pruned before the history projected them; it goes on from ${start.firstSeq}`;
  }
}

/**
 * Keeps the stored history and audit projections up with the journal: at start it projects what came
 * after their stored position (all of it when the journal's epoch changed), then every entry appended,
 * a batch per event-loop turn, so neither the catch-up nor a burst of events holds the loop up.
 */
@Injectable()
export class HistoryFollower implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('History');
  private replay: HistoryReplay | undefined;
  private unsubscribe: (() => void) | undefined;
  private scheduled: NodeJS.Immediate | undefined;

  constructor(
    private readonly journal: Journal,
    private readonly store: SqliteHistoryStore,
  ) {}

  onModuleInit(): void {
    this.replay = new HistoryReplay(this.store, this.journal);
    this.logger.log(describeStart(this.replay.start));
    this.store.claim(process.pid);
    this.unsubscribe = this.journal.onAppended(() => this.schedule());
    this.schedule();
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    clearImmediate(this.scheduled);
    this.scheduled = undefined;
    this.drain();
    this.store.claim(null);
  }

  /** The seq of the last journal entry in the stored history. */
  get lastSeq(): number {
    return this.replay?.lastSeq ?? 0;
  }

  private schedule(): void {
    this.scheduled ??= setImmediate(() => {
      this.scheduled = undefined;
      if (this.step() === ENTRIES_PER_TURN) this.schedule();
    });
  }

  private drain(): void {
    while (this.step() === ENTRIES_PER_TURN);
  }

  private step(): number {
    try {
      return this.replay?.step(ENTRIES_PER_TURN) ?? 0;
    } catch (error) {
      this.logger.error(`the history could not be written: ${(error as Error).message}`);
      return 0;
    }
  }
}
