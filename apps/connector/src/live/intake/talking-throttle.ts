import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  NO_TALKERS,
  coalesceTalking,
  flushTalking,
  nextTalkingFlush,
  type Coalesced,
  type LiveEvent,
  type TalkingCoalescence,
} from '@fscon/live-state';

/**
 * The timers around `coalesceTalking`: events pass through it on their way to the journal, and a held
 * talking state goes out by itself when its member's window ends.
 */
@Injectable()
export class TalkingThrottle implements OnModuleDestroy {
  private state: TalkingCoalescence = NO_TALKERS;
  private timer: NodeJS.Timeout | undefined;
  private timerDue: number | undefined;
  private deliver: (events: LiveEvent[]) => void = () => undefined;

  /** Where held states go when they are due. */
  onFlush(deliver: (events: LiveEvent[]) => void): void {
    this.deliver = deliver;
  }

  /** The events to append now. */
  admit(events: readonly LiveEvent[]): LiveEvent[] {
    return this.take(coalesceTalking(this.state, events, Date.now()));
  }

  onModuleDestroy(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private take({ state, events }: Coalesced): LiveEvent[] {
    this.state = state;
    this.schedule();
    return events;
  }

  private schedule(): void {
    const due = nextTalkingFlush(this.state);
    if (due === this.timerDue) return;
    clearTimeout(this.timer);
    this.timerDue = due;
    this.timer =
      due === undefined ? undefined : setTimeout(() => this.flush(), Math.max(0, due - Date.now())).unref();
  }

  private flush(): void {
    this.timer = undefined;
    this.timerDue = undefined;
    const events = this.take(flushTalking(this.state, Date.now()));
    if (events.length > 0) this.deliver(events);
  }
}
