import { FsCore } from './core/fs-core';
import { EventOrigin } from './events/origins';
import { FsEvent } from './events/fs-event';
import { systemMicroClock } from './events/event-factory';
import { resolveOptions, SimulatorOptions } from './options';
import { Calls } from './live/calls';
import { HttpFront } from './live/http-front';
import { EslServer } from './server/esl-server';

const DEFAULT_REPEAT_SECONDS = 20;

/**
 * A running simulated FreeSWITCH: its Event Socket on `host:port` and its core (XML configuration,
 * global variables, events).
 */
export class Simulator {
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private stopped: Promise<void> | undefined;
  /** Scripted callers and phones: join, leave, talk, press keys, register, unregister, expire. */
  readonly calls: Calls;

  private constructor(
    private readonly core: FsCore,
    private readonly server: EslServer,
    readonly host: string,
    private readonly heartbeatMs: number,
    private readonly front: HttpFront | undefined,
  ) {
    this.calls = new Calls(core.live);
    if (heartbeatMs > 0) this.heartbeatTimer = setInterval(() => this.heartbeat(), heartbeatMs);
  }

  /** Loads the configuration (rejecting with FreeSWITCH's message if it does not load) and listens. */
  static async start(options: SimulatorOptions): Promise<Simulator> {
    const resolved = resolveOptions(options);
    const core = new FsCore({ ...resolved, clock: systemMicroClock });
    const settings = { password: resolved.password, authTimeoutMs: resolved.authTimeoutMs };
    const server = await EslServer.listen(core, settings, resolved.host, resolved.port);
    const front =
      resolved.controlPort === undefined
        ? undefined
        : await HttpFront.listen(
            {
              calls: new Calls(core.live),
              control: {
                disconnectEventSockets: () => server.disconnectAll(),
                holdCommands: (held) => server.holdCommands(held),
                reloadxml: () => core.reloadXml(),
              },
            },
            resolved.host,
            resolved.controlPort,
          );
    return new Simulator(core, server, resolved.host, resolved.heartbeatMs, front);
  }

  get port(): number {
    return this.server.port;
  }

  /** The HTTP control interface (`http://host:port`), when `controlPort` was given. */
  get controlUrl(): string | undefined {
    return this.front?.url;
  }

  /** Closes every connection (with FreeSWITCH's shutdown notice) and the listener; the port is free after. */
  stop(): Promise<void> {
    clearInterval(this.heartbeatTimer);
    this.stopped ??= Promise.all([this.server.close(), this.front?.close()]).then(() => undefined);
    return this.stopped;
  }

  /**
   * Leaves the commands of every client unanswered (held: true) until called with false, as a switch
   * that falls behind: events still go out, the commands are read and answered in order after.
   */
  holdCommands(held: boolean): void {
    this.server.holdCommands(held);
  }

  /** Re-reads the configuration like `reloadxml`: "Success" or FreeSWITCH's error (the old tree stays). */
  reloadxml(): string {
    return this.core.reloadXml();
  }

  /** Runs an api command as `api <command>` would (API event included) and returns its output. */
  api(command: string): string {
    const space = command.indexOf(' ');
    return space < 0
      ? this.core.api(command)
      : this.core.api(command.slice(0, space), command.slice(space + 1));
  }

  /** A new event with the core headers and the next sequence number; add headers, then `fireEvent`. */
  createEvent(name: string, origin: EventOrigin, subclass?: string): FsEvent {
    return this.core.events.create(name, origin, subclass);
  }

  /** Sends the event to every connection subscribed to it. */
  fireEvent(event: FsEvent): void {
    this.core.fire(event);
  }

  /** Fires HEARTBEAT and RE_SCHEDULE now (the timer does this every heartbeatMs). */
  heartbeat(): void {
    const repeat = this.heartbeatMs > 0 ? Math.ceil(this.heartbeatMs / 1000) : DEFAULT_REPEAT_SECONDS;
    this.core.heartbeat(repeat);
  }
}

export function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  return Simulator.start(options);
}
