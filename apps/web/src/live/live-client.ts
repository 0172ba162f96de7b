import type { ConferenceCall, LiveRequest, MemberCall } from '@fscon/contracts';
import { announcementOf } from './announcements';
import { LiveConnection, type ConnectionState, type LiveConnectionDeps } from './live-connection';
import { awaitSnapshot, EMPTY_LIVE_VIEW, initRequest, receive } from './live-store';
import type { LiveView } from './live-view';
import { parseLiveMessage } from './parse-message';

/** The field a control takes beside its call: a level, a transfer target, a sound file or a PIN. */
export interface ControlFields {
  value?: number;
  target?: string;
  file?: string;
  pin?: string;
}

export interface Notice {
  id: number;
  text: string;
}

export interface LiveSnapshot {
  view: LiveView;
  connection: ConnectionState;
  /** Errors the server reported, or requests that could not be sent; newest last. */
  errors: readonly Notice[];
  /** The latest thing worth announcing (joins, leaves, locks, recordings). */
  announcement?: Notice;
}

const MAX_ERRORS = 5;

/**
 * The live state of one dashboard: the socket, the view it keeps, the server's errors and what to
 * announce. Framework-free; React reads it through `subscribe` / `getSnapshot`.
 */
export class LiveClient {
  private snapshot: LiveSnapshot = { view: EMPTY_LIVE_VIEW, connection: 'connecting', errors: [] };
  private readonly listeners = new Set<() => void>();
  private readonly connection: LiveConnection;
  private nextId = 1;
  private names: ReadonlyMap<string, string> = new Map();

  constructor(deps: LiveConnectionDeps, onSessionEnded: () => void) {
    this.connection = new LiveConnection(deps, {
      state: (connection) => this.set({ connection }),
      open: () => this.requestSnapshot(),
      text: (text) => this.receiveText(text),
      sessionEnded: onSessionEnded,
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LiveSnapshot => this.snapshot;

  start(): void {
    this.connection.start();
  }

  stop(): void {
    this.connection.stop();
  }

  networkChanged(online: boolean): void {
    this.connection.networkChanged(online);
  }

  exec(conference: string, call: ConferenceCall, fields: ControlFields = {}): void {
    this.request({ req: 'exec', conference, call, ...fields });
  }

  /** Calls `target` into the conference; a call that is not answered comes back as an error notice. */
  invite(conference: string, target: string): void {
    this.request({ req: 'exec', conference, call: 'invite', target });
  }

  memexec(conference: string, call: MemberCall, member: string, fields: ControlFields = {}): void {
    this.request({ req: 'memexec', conference, call, member, ...fields });
  }

  /** The directory's names, for announcements about members whose phone sent only the number. */
  setNames(names: ReadonlyMap<string, string>): void {
    this.names = names;
  }

  dismissError(id: number): void {
    this.set({ errors: this.snapshot.errors.filter((error) => error.id !== id) });
  }

  private request(request: LiveRequest): void {
    if (!this.connection.send(request))
      this.addError('Not connected to the server; try again when connected.');
  }

  private requestSnapshot(): void {
    const view = awaitSnapshot(this.snapshot.view);
    this.set({ view });
    this.connection.send(initRequest(view));
    this.connection.send({ req: 'initreg' });
  }

  private receiveText(text: string): void {
    const message = parseLiveMessage(text);
    if (message === undefined) return;
    if (message.event === 'error') {
      this.addError(message.error);
      return;
    }
    const before = this.snapshot.view;
    const view = receive(before, message);
    const live = message.event !== 'reply' && before.synced && view !== before;
    const announced = live ? announcementOf(before, message, this.names) : undefined;
    this.set(announced === undefined ? { view } : { view, announcement: this.notice(announced) });
  }

  private addError(text: string): void {
    this.set({ errors: [...this.snapshot.errors, this.notice(text)].slice(-MAX_ERRORS) });
  }

  private notice(text: string): Notice {
    return { id: this.nextId++, text };
  }

  private set(change: Partial<LiveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.listeners.forEach((listener) => listener());
  }
}
