import { toBinary } from '../config/binary';
import { GlobalVariables } from '../config/global-variables';
import { XmlConfig } from '../config/xml-config';
import { CommandContext, createCommandRegistry } from '../commands';
import { EventBus } from '../events/event-bus';
import { CoreIdentity, EventFactory, MicroClock } from '../events/event-factory';
import { FsEvent } from '../events/fs-event';
import { CoreStats, heartbeatEvents, IDLE_CORE_STATS } from '../events/heartbeat';
import { ORIGINS } from '../events/origins';
import { LiveSwitch } from '../live/live-switch';
import { FreeSwitchVersion } from './version';

export interface CoreSettings {
  confDir: string;
  /** The variables FreeSWITCH sets before reading its XML, in its order; core_uuid is set after. */
  coreVariables: ReadonlyArray<readonly [string, string]>;
  identity: CoreIdentity;
  version: FreeSwitchVersion;
  env: Readonly<Record<string, string | undefined>>;
  clock: MicroClock;
  soundFileExists: (path: string) => boolean;
}

/**
 * The simulated switch core: global variables, the XML registry, the event system and the api commands.
 * The Event Socket server is one client of it.
 */
export class FsCore implements CommandContext {
  readonly variables = new GlobalVariables();
  readonly xml: XmlConfig;
  readonly events: EventFactory;
  readonly bus = new EventBus();
  readonly version: FreeSwitchVersion;
  readonly live: LiveSwitch;
  private readonly commands = createCommandRegistry();
  private readonly startedAt: number;
  private readonly subclasses = new Set<string>();
  readonly soundFileExists: (path: string) => boolean;

  constructor(settings: CoreSettings) {
    this.soundFileExists = settings.soundFileExists;
    this.events = new EventFactory(settings.identity, settings.clock);
    this.version = settings.version;
    this.startedAt = settings.clock();
    for (const [name, value] of settings.coreVariables) this.variables.set(name, toBinary(value));
    this.xml = XmlConfig.load(settings.confDir, this.variables, settings.env);
    this.variables.set('core_uuid', toBinary(settings.identity.coreUuid));
    this.live = new LiveSwitch(this);
  }

  /**
   * switch_api_execute as mod_event_socket calls it: an API event (created before the command runs,
   * fired after), the command's output, or `-ERR <cmd> Command not found!` for an unknown command.
   */
  api(command: string, arg?: string): string {
    const name = stripWhitespace(command);
    const argument = stripWhitespace(arg ?? '');
    const event = this.events
      .create('API', ORIGINS.api)
      .addHeader('API-Command', name)
      .addHeader('API-Command-Argument', argument);
    const output = this.commands.execute(name, argument, this);
    this.fire(event);
    return output ?? `-ERR ${command} Command not found!\n`;
  }

  fire(event: FsEvent): void {
    if (event.subclass) this.subclasses.add(event.subclass);
    this.bus.fire(event);
  }

  /** CUSTOM subclasses seen so far; `event ... ALL` subscribes to these by name as well. */
  knownSubclasses(): Iterable<string> {
    return this.subclasses;
  }

  reloadXml(): string {
    const loaded = this.xml.reload();
    if (!loaded.ok) return loaded.error;
    this.fire(this.events.create('RELOADXML', ORIGINS.reloadXml));
    return 'Success';
  }

  heartbeat(repeatSeconds: number): void {
    const now = this.events.now();
    const nextRun = Math.floor(now / 1_000_000) + repeatSeconds;
    const input = {
      version: this.version.full,
      uptimeMicros: this.uptimeMicros(),
      stats: this.stats(),
      nextRun,
    };
    for (const event of heartbeatEvents(this.events, input)) this.fire(event);
  }

  uptimeMicros(): number {
    return this.events.now() - this.startedAt;
  }

  stats(): CoreStats {
    return IDLE_CORE_STATS;
  }
}

/** switch_strip_whitespace: leading and trailing spaces, tabs, CR, LF and VT removed. */
function stripWhitespace(text: string): string {
  return text.replace(/^[ \t\r\n\v]+|[ \t\r\n\v]+$/g, '');
}
