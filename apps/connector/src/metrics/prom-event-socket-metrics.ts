import type { Registry } from 'prom-client';
import type { EslEvent } from '../esl/event-socket.port';
import { EventKinds } from './event-kinds';
import type { EventLag } from './event-lag';
import type { EventSocketMetrics } from './metrics.ports';
import { readCounter, readGauge, talliedCounter } from './scraped-instruments';

/** The Event Socket's instruments: connection, reconnects, events by kind; the lag's start. */
export class PromEventSocketMetrics implements EventSocketMetrics {
  private connected = 0;
  private everConnected = false;
  private reconnects = 0;
  private readonly kinds = new EventKinds();

  constructor(
    registry: Registry,
    private readonly lag: EventLag,
  ) {
    readGauge(
      registry,
      {
        name: 'fscon_event_socket_connected',
        help: '1 while the Event Socket is connected (authenticated and subscribed), else 0',
      },
      () => this.connected,
    );
    readCounter(
      registry,
      {
        name: 'fscon_event_socket_reconnects_total',
        help: 'Event Socket connections made again after one was lost',
      },
      () => this.reconnects,
    );
    talliedCounter(
      registry,
      {
        name: 'fscon_event_socket_events_total',
        help: 'Event Socket events read, by event name, CUSTOM subclass or conference::<Action>',
        label: 'kind',
      },
      this.kinds.byName,
      this.kinds.byAction,
    );
  }

  connectionChanged(connected: boolean): void {
    if (connected && this.everConnected) this.reconnects += 1;
    this.everConnected ||= connected;
    this.connected = connected ? 1 : 0;
  }

  eventRead(event: EslEvent): void {
    this.kinds.count(event);
    this.lag.eventRead();
  }

  eventHandled(): void {
    this.lag.eventHandled();
  }
}
