import { GlobalVariables } from '../config/global-variables';
import { XmlConfig } from '../config/xml-config';
import { EventFactory } from '../events/event-factory';
import { FsEvent } from '../events/fs-event';
import { CoreStats } from '../events/heartbeat';
import { FreeSwitchVersion } from '../core/version';
import { LiveSwitch } from '../live/live-switch';

/** What api command handlers see of the simulated FreeSWITCH core. */
export interface CommandContext {
  readonly variables: GlobalVariables;
  readonly xml: XmlConfig;
  readonly events: EventFactory;
  readonly version: FreeSwitchVersion;
  /** Conferences and registrations. */
  readonly live: LiveSwitch;
  uptimeMicros(): number;
  stats(): CoreStats;
  fire(event: FsEvent): void;
  /** switch_xml_reload: "Success" or the error; fires RELOADXML when the new tree was loaded. */
  reloadXml(): string;
}

/** One api command: gets the argument (whitespace-trimmed, possibly empty), returns the response text. */
export type ApiHandler = (arg: string, context: CommandContext) => string;
