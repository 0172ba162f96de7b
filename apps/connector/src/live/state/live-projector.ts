import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Context, LiveConference } from '@fscon/contracts';
import {
  EMPTY_LIVE_VIEW,
  missedDeltas,
  numberDeltas,
  projectLiveView,
  restoreLiveView,
  visibleConferences,
  type ConferenceLookup,
} from '@fscon/live-state';
import { Journal, type JournalEntry } from '../../journal/journal';
import { DeltaFanout } from '../fanout/delta-fanout';
import { encodeFrame } from '../fanout/frames';
import { LIVE_OPTIONS, type LiveOptions } from '../live-options';
import { newestStretch } from './journal-stretch';
import { LiveStateReadModel } from './live-state.read-model';

/**
 * Projects every journal entry onto the live view (the live state read model and, from the xmlState
 * rebuilds, who may see which conference) and publishes the deltas, in one synchronous step, so that a
 * snapshot taken between two entries and the seq of the last delta always agree. At start the view is
 * restored from the journal, so that the deltas of this run are those a replay of the journal gives.
 */
@Injectable()
export class LiveProjector implements OnModuleInit, OnModuleDestroy {
  private unsubscribe: (() => void) | undefined;
  private lookup: ConferenceLookup = EMPTY_LIVE_VIEW.lookup;

  constructor(
    private readonly journal: Journal,
    private readonly readModel: LiveStateReadModel,
    @Inject(DeltaFanout) private readonly fanout: DeltaFanout,
    @Inject(LIVE_OPTIONS) private readonly options: Pick<LiveOptions, 'resumeEntries'>,
  ) {}

  onModuleInit(): void {
    const view = restoreLiveView(newestStretch(this.journal, this.options.resumeEntries).events);
    this.readModel.replace(view.state);
    this.lookup = view.lookup;
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
      data: visibleConferences(this.readModel.current(), context, this.lookup),
      seq: this.fanout.seq,
      epoch: this.journal.epoch,
    };
  }

  /**
   * The frames a client of the context was sent after `since` (a seq of this journal), recomputed from
   * the journal's newest entries; undefined when those do not tell.
   */
  replayedFramesAfter(since: number, context: Context): Buffer[] | undefined {
    if (since > this.fanout.seq) return undefined;
    const missed = missedDeltas(newestStretch(this.journal, this.options.resumeEntries), since, context);
    return missed?.map(({ seq, message }) => encodeFrame(message, seq));
  }

  private project(entry: JournalEntry): void {
    const view = { state: this.readModel.current(), lookup: this.lookup };
    const projection = projectLiveView(view, entry.event);
    this.readModel.replace(projection.view.state);
    this.lookup = projection.view.lookup;
    this.fanout.publish(numberDeltas(entry.seq, projection.deltas));
  }
}
