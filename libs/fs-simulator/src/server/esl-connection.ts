import { Socket } from 'node:net';
import { FsCore } from '../core/fs-core';
import { FsEvent } from '../events/fs-event';
import { ClientCommand } from '../protocol/client-command';
import { CommandReader } from '../protocol/command-reader';
import { serializeEvent } from '../protocol/event-serializer';
import { authRequest, commandReply, disconnectNotice, eventFrame, GOODBYE } from '../protocol/frames';
import { ListenerState, parseCommand } from './command-parser';
import { EventFilters } from './event-filters';
import { Subscriptions } from './subscriptions';

/** A client that does not read its last bytes is cut off after this long. */
const CLOSE_GRACE_MS = 1000;

export interface ConnectionSettings {
  password: string;
  /** How long a new connection may take to send its first command (FreeSWITCH: 25 s). */
  authTimeoutMs: number;
}

/**
 * One Event Socket client, handled like mod_event_socket's listener thread: `auth/request` on connect,
 * one command at a time, each reply written before the events fired meanwhile, events held back while
 * a command is only partly received, and a disconnect notice before the socket is closed.
 */
export class EslConnection implements ListenerState {
  authed = false;
  running = true;
  readonly subscriptions: Subscriptions;
  readonly filters = new EventFilters();
  private readonly reader = new CommandReader();
  private queue: FsEvent[] = [];
  private busy = false;
  private finished = false;
  private readonly authTimer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly socket: Socket,
    readonly core: FsCore,
    private readonly settings: ConnectionSettings,
    private readonly onClosed: (connection: EslConnection) => void,
  ) {
    this.subscriptions = new Subscriptions(() => core.knownSubclasses());
    this.unsubscribe = core.bus.subscribe((event) => this.deliver(event));
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('end', () => this.finish());
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.closed());
    this.write(authRequest());
    this.authTimer = setTimeout(() => this.finish(), settings.authTimeoutMs);
  }

  get password(): string {
    return this.settings.password;
  }

  write(frame: string): void {
    if (!this.socket.destroyed && this.socket.writable) this.socket.write(frame);
  }

  /**
   * Stops (or resumes) reading commands, as a switch too busy to get to them: what the client sends
   * waits in the socket, unanswered, while events still go out.
   */
  holdCommands(held: boolean): void {
    if (held) this.socket.pause();
    else this.socket.resume();
  }

  discardQueuedEvents(): void {
    this.queue = [];
  }

  /** Ends the connection as FreeSWITCH does: queued events dropped, a disconnect notice, the socket closed. */
  finish(message = GOODBYE): void {
    if (this.finished) return;
    this.finished = true;
    this.stopListening();
    this.write(disconnectNotice(message));
    this.socket.end(() => this.socket.destroy());
    setTimeout(() => this.socket.destroy(), CLOSE_GRACE_MS).unref();
  }

  private receive(chunk: Buffer): void {
    for (const outcome of this.reader.push(chunk)) {
      if (this.finished) return;
      if (outcome.kind === 'invalid') return this.finish();
      this.handle(outcome.command);
    }
    this.flush();
  }

  private handle(command: ClientCommand): void {
    clearTimeout(this.authTimer);
    this.busy = true;
    try {
      const reply = parseCommand(command, this);
      if (reply !== null) this.write(commandReply(reply));
    } finally {
      this.busy = false;
    }
    if (!this.running) this.finish();
  }

  private deliver(event: FsEvent): void {
    if (this.finished || !this.subscriptions.matches(event) || !this.filters.allows(event)) return;
    this.queue.push(event);
    this.flush();
  }

  private flush(): void {
    if (this.busy || this.finished || this.reader.hasPartial) return;
    const format = this.subscriptions.format;
    for (const event of this.queue.splice(0)) this.write(eventFrame(format, serializeEvent(event, format)));
  }

  private stopListening(): void {
    clearTimeout(this.authTimer);
    this.unsubscribe();
    this.queue = [];
  }

  private closed(): void {
    this.finished = true;
    this.stopListening();
    this.onClosed(this);
  }
}
