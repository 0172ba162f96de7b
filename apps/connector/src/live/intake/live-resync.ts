import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Subscription } from 'rxjs';
import {
  DELTAS_PER_ENTRY,
  diffLiveStates,
  evolveAll,
  registrationRebuildSteps,
  type LiveEvent,
  type LiveState,
} from '@fscon/live-state';
import { EventSocket } from '../../esl/event-socket.port';
import { LIVE_OPTIONS, type LiveOptions } from '../live-options';
import { LiveDirectory } from '../state/live-directory';
import { LiveStateReadModel } from '../state/live-state.read-model';
import { ConnectionJournal, type ResyncCounts } from './connection-journal';
import { LiveIntake } from './live-intake';
import { readConferences, readLiveSnapshot } from './live-snapshot';

const WARNINGS_LOGGED = 5;

/** The events that bring the state, as it is when they are applied, to what FreeSWITCH answered. */
type Corrections = (current: LiveState) => LiveEvent[];

/**
 * FreeSWITCH stays the source of truth. Every time the Event Socket (re)connects, the live state is
 * rebuilt from `conference json_list` and `show registrations as json` (clients get newLiveState and
 * the registration changes); every reconcileIntervalMs the conferences are compared with a fresh
 * `conference json_list` and the differences are applied as corrective events. One snapshot at a time.
 */
@Injectable()
export class LiveResync implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveState');
  private subscription: Subscription | undefined;
  private timer: NodeJS.Timeout | undefined;
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  /** Counts the Event Socket's connections, so that a snapshot taken on an earlier one is told apart. */
  private connections = 0;
  private synced = false;

  constructor(
    private readonly esl: EventSocket,
    private readonly intake: LiveIntake,
    private readonly directory: LiveDirectory,
    private readonly readModel: LiveStateReadModel,
    private readonly connectionJournal: ConnectionJournal,
    @Inject(LIVE_OPTIONS) private readonly options: LiveOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.esl.connection$.subscribe((state) => {
      this.synced = false;
      if (state === 'connected') this.rebuildFor(++this.connections);
    });
    if (this.options.reconcileIntervalMs > 0) {
      this.timer = setInterval(() => {
        if (this.pending === 0 && this.esl.isConnected()) this.enqueue(() => this.reconcile());
      }, this.options.reconcileIntervalMs);
    }
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    clearInterval(this.timer);
  }

  /** Whether the live state holds FreeSWITCH's answer since the Event Socket last connected. */
  isSynced(): boolean {
    return this.synced;
  }

  /** Resolves when every snapshot asked for so far is applied. */
  settled(): Promise<void> {
    return this.queue;
  }

  /**
   * Holds the Event Socket's events while FreeSWITCH is asked, then appends the events the answer
   * means for the state as it is at that moment, and what was held.
   */
  private enqueue(read: () => Promise<Corrections>, onApplied: () => void = () => undefined): void {
    this.pending++;
    this.queue = this.queue.then(async () => {
      this.intake.hold();
      let corrections: Corrections | undefined;
      try {
        corrections = await read();
      } catch (error) {
        this.logger.warn(`reading the live state from FreeSWITCH failed: ${(error as Error).message}`);
      } finally {
        this.intake.release(corrections?.(this.readModel.current()) ?? []);
        this.pending--;
      }
      if (corrections) onApplied();
    });
  }

  private rebuildFor(connection: number): void {
    let counts: ResyncCounts | undefined;
    this.enqueue(
      () => this.rebuild((counted) => (counts = counted)),
      () => {
        if (counts) this.connectionJournal.resynced(counts);
        if (connection === this.connections && this.esl.isConnected()) this.synced = true;
      },
    );
  }

  /** The snapshot's events; `counted` is told what they list and how many corrections they make. */
  private async rebuild(counted: (counts: ResyncCounts) => void): Promise<Corrections> {
    const snapshot = await readLiveSnapshot(this.esl, this.directory.translation());
    this.logWarnings(snapshot.warnings);
    this.logger.log(
      `live state rebuilt: ${snapshot.conferences.length} conferences, ${snapshot.registrations.length} registrations`,
    );
    return (current) => {
      const steps = registrationRebuildSteps(current.registrations, snapshot.registrations, DELTAS_PER_ENTRY);
      const events: LiveEvent[] = [
        { type: 'ConferencesRebuilt', data: { conferences: snapshot.conferences } },
        ...steps.map((registrations): LiveEvent => ({
          type: 'RegistrationsRebuilt',
          data: { registrations },
        })),
      ];
      counted({
        conferences: snapshot.conferences.length,
        members: snapshot.conferences.reduce((total, conference) => total + conference.members.length, 0),
        registrations: snapshot.registrations.length,
        corrections: diffLiveStates(current, evolveAll(current, events)).length,
      });
      return events;
    };
  }

  private async reconcile(): Promise<Corrections> {
    const { conferences, warnings } = await readConferences(this.esl, this.directory.translation());
    this.logWarnings(warnings);
    return (current) => {
      const listed = new Map(conferences.map((c) => [c.name, c]));
      const events = diffLiveStates(current, { conferences: listed, registrations: current.registrations });
      if (events.length > 0) this.logger.warn(`reconciliation with FreeSWITCH: ${events.length} corrections`);
      return events;
    };
  }

  private logWarnings(warnings: readonly string[]): void {
    warnings.slice(0, WARNINGS_LOGGED).forEach((warning) => this.logger.warn(warning));
  }
}
