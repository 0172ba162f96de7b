import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CONTEXTS, type Context, type LiveConference } from '@fscon/contracts';
import {
  projectLiveEvent,
  visibleConferences,
  type ConferenceLookup,
  type LiveDelta,
} from '@fscon/live-state';
import { Journal, type JournalEntry } from '../../journal/journal';
import { DeltaFanout } from '../fanout/delta-fanout';
import { LiveDirectory } from './live-directory';
import { LiveStateReadModel } from './live-state.read-model';

/**
 * Projects every journal entry onto the live state and publishes the deltas, in one synchronous step,
 * so that a snapshot taken between two entries and the seq of the last delta always agree. When the
 * xmlState changes what a context may see (a conference's context, type or number), that context is
 * sent a newLiveState.
 */
@Injectable()
export class LiveProjector implements OnModuleInit, OnModuleDestroy {
  private unsubscribe: (() => void) | undefined;
  private lookupInUse: ConferenceLookup | undefined;

  constructor(
    private readonly journal: Journal,
    private readonly readModel: LiveStateReadModel,
    private readonly directory: LiveDirectory,
    @Inject(DeltaFanout) private readonly fanout: DeltaFanout,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.journal.subscribe((entry) => this.project(entry));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  /**
   * What `init` answers a context: its conferences now, the seq of the last delta they include and the
   * journal's epoch, the scope of that seq.
   */
  snapshotFor(context: Context): { data: LiveConference[]; seq: number; epoch: string } {
    return {
      data: visibleConferences(this.readModel.current(), context, this.lookup()),
      seq: this.fanout.seq,
      epoch: this.journal.epoch,
    };
  }

  /** The xmlState was rebuilt: newXML to everybody, then newLiveState where visibility changed. */
  xmlStateRebuilt(): void {
    this.fanout.publishToEverybody({ event: 'newXML' });
    this.lookup();
  }

  private project(entry: JournalEntry): void {
    const { state, deltas } = projectLiveEvent(this.readModel.current(), entry.event, this.lookup());
    this.readModel.replace(state);
    this.fanout.publish(deltas, entry.seq);
  }

  /** The current lookup; when it is a new one, first the newLiveState of every context it changes. */
  private lookup(): ConferenceLookup {
    const lookup = this.directory.conferences();
    const before = this.lookupInUse;
    if (lookup === before) return lookup;
    this.lookupInUse = lookup;
    if (before !== undefined) this.fanout.publish(this.visibilityChanges(before, lookup));
    return lookup;
  }

  private visibilityChanges(before: ConferenceLookup, after: ConferenceLookup): LiveDelta[] {
    const state = this.readModel.current();
    return CONTEXTS.flatMap((context): LiveDelta[] => {
      const now = visibleConferences(state, context, after);
      const unchanged = JSON.stringify(visibleConferences(state, context, before)) === JSON.stringify(now);
      return unchanged ? [] : [{ audience: [context], message: { event: 'newLiveState', data: now } }];
    });
  }
}
