import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import type { JsonValue } from '@fscon/journal';
import { EventSocket } from '../../esl/event-socket.port';
import { Journal } from '../../journal/journal';
import { FREESWITCH_SOURCE } from '../../journal/live-entry-draft';

/** What a snapshot of FreeSWITCH changed: how much it listed, and how many corrective events it meant. */
export interface ResyncCounts {
  conferences: number;
  members: number;
  registrations: number;
  corrections: number;
}

/**
 * Journals the Event Socket's connection: `connection.up` and `connection.down`, and
 * `connection.resynced` when the live state was read from FreeSWITCH after it connected.
 */
@Injectable()
export class ConnectionJournal implements OnModuleInit, OnModuleDestroy {
  private subscription: Subscription | undefined;

  constructor(
    private readonly esl: EventSocket,
    private readonly journal: Journal,
  ) {}

  onModuleInit(): void {
    this.subscription = this.esl.connection$.subscribe((state) => {
      if (state === 'connected') this.record('connection.up', {});
      if (state === 'disconnected') this.record('connection.down', {});
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  resynced(counts: ResyncCounts): void {
    this.record('connection.resynced', { ...counts });
  }

  private record(kind: string, payload: JsonValue): void {
    this.journal.record({ time: Date.now(), kind, source: FREESWITCH_SOURCE, payload });
  }
}
