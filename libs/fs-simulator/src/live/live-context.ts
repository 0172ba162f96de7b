import { fromBinary } from '../config/binary';
import { GlobalVariables } from '../config/global-variables';
import { XmlConfig } from '../config/xml-config';
import { EventFactory } from '../events/event-factory';
import { FsEvent } from '../events/fs-event';
import { EventOrigin } from '../events/origins';
import { Deferred } from './deferred';

/** What the live parts of the simulator (conferences, registrations) use of the core. */
export interface LiveCore {
  readonly xml: XmlConfig;
  readonly events: EventFactory;
  readonly variables: GlobalVariables;
  fire(event: FsEvent): void;
  soundFileExists(path: string): boolean;
}

/** The core plus the queue of work done after a command has answered. */
export class LiveContext {
  readonly deferred = new Deferred();

  constructor(readonly core: LiveCore) {}

  get xml(): XmlConfig {
    return this.core.xml;
  }

  now(): number {
    return this.core.events.now();
  }

  variable(name: string): string | undefined {
    const value = this.core.variables.get(name);
    return value === undefined ? undefined : fromBinary(value);
  }

  create(name: string, origin: EventOrigin, subclass?: string): FsEvent {
    return this.core.events.create(name, origin, subclass);
  }

  fire(event: FsEvent): void {
    this.core.fire(event);
  }
}
