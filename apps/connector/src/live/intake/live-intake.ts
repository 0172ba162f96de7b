import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { translateEslEvent, type LiveEvent } from '@fscon/live-state';
import { EventSocket } from '../../esl/event-socket.port';
import { Journal } from '../../journal/journal';
import { LiveDirectory } from '../state/live-directory';
import { TalkingThrottle } from './talking-throttle';

/**
 * Event Socket events → domain events → journal. While a snapshot of FreeSWITCH is being taken the
 * domain events are held, and appended after the snapshot's own events: an event that FreeSWITCH sent
 * before answering may or may not be in the answer, and applying it again after the snapshot changes
 * nothing (evolve is idempotent for a replayed stretch of events), while one that is not in the answer
 * must come after it. So nothing is lost and the journal's order is the order of application.
 * Talking changes pass the `TalkingThrottle` first: the journal holds what clients get.
 */
@Injectable()
export class LiveIntake implements OnModuleInit, OnModuleDestroy {
  private subscription: Subscription | undefined;
  private held: LiveEvent[] | undefined;

  constructor(
    private readonly esl: EventSocket,
    private readonly directory: LiveDirectory,
    private readonly journal: Journal,
    private readonly talking: TalkingThrottle,
  ) {}

  onModuleInit(): void {
    this.talking.onFlush((events) => this.forward(events));
    this.subscription = this.esl.events$.subscribe((event) => {
      this.forward(this.talking.admit(translateEslEvent(event, this.directory.translation())));
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /** From now on, events wait; call before sending the snapshot's commands. */
  hold(): void {
    this.held ??= [];
  }

  /** Appends the snapshot's events (none when it failed), then what waited, and lets events through again. */
  release(snapshotEvents: readonly LiveEvent[]): void {
    const held = this.held ?? [];
    this.held = undefined;
    this.journal.append([...this.talking.admit(snapshotEvents), ...held]);
  }

  private forward(events: LiveEvent[]): void {
    if (events.length === 0) return;
    if (this.held) this.held.push(...events);
    else this.journal.append(events);
  }
}
