import { FsEvent } from './fs-event';

export type EventListener = (event: FsEvent) => void;

/** Fired events go to every listener (each Event Socket connection decides what it subscribed to). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  fire(event: FsEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
