/** What the dashboard shows of the live socket. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** The part of the browser's WebSocket the connection uses. */
export interface SocketLike {
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: (() => void) | null;
  send(data: string): void;
  close(): void;
}

export interface LiveConnectionDeps {
  /** A fresh single-use token; rejects with SessionEndedError when the session is over. */
  fetchToken(): Promise<string>;
  openSocket(token: string): SocketLike;
  isOnline(): boolean;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  random(): number;
}

export interface LiveConnectionEvents {
  state(state: ConnectionState): void;
  /** The socket is open: time to ask for the snapshot. */
  open(): void;
  text(data: string): void;
  sessionEnded(): void;
}

export class SessionEndedError extends Error {
  constructor() {
    super('the session has ended');
    this.name = 'SessionEndedError';
  }
}

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

/**
 * The live WebSocket, kept open: every attempt gets a new token; a dropped socket is reopened after a
 * delay that doubles up to 30 s (with jitter, so a restarted server is not hit by every client at once);
 * without network it waits for the browser to come back online.
 */
export class LiveConnection {
  private socket: SocketLike | undefined;
  private timer: unknown;
  private attempts = 0;
  private stopped = true;
  /** A token request is under way. */
  private connecting = false;
  /** Counts stops, so an answer that arrives after one is ignored. */
  private generation = 0;

  constructor(
    private readonly deps: LiveConnectionDeps,
    private readonly events: LiveConnectionEvents,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect('connecting');
  }

  stop(): void {
    this.stopped = true;
    this.generation += 1;
    this.connecting = false;
    this.deps.clearTimer(this.timer);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
  }

  /** Sends a request; false when the socket is not open. */
  send(request: object): boolean {
    if (this.socket === undefined || this.stopped) return false;
    this.socket.send(JSON.stringify(request));
    return true;
  }

  /** The browser's `online` / `offline` events. */
  networkChanged(online: boolean): void {
    if (this.stopped) return;
    if (!online) {
      this.events.state('offline');
      return;
    }
    if (this.socket === undefined && !this.connecting) {
      this.deps.clearTimer(this.timer);
      this.attempts = 0;
      this.connect('reconnecting');
    }
  }

  private connect(state: ConnectionState): void {
    this.events.state(this.deps.isOnline() ? state : 'offline');
    this.connecting = true;
    const generation = this.generation;
    this.deps.fetchToken().then(
      (token) => {
        if (generation !== this.generation) return;
        this.connecting = false;
        this.open(token);
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.connecting = false;
        if (error instanceof SessionEndedError) {
          this.stop();
          this.events.sessionEnded();
        } else {
          this.retry();
        }
      },
    );
  }

  private open(token: string): void {
    const socket = this.deps.openSocket(token);
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      this.events.state('connected');
      this.events.open();
    };
    socket.onmessage = (event) => {
      if (typeof event.data === 'string') this.events.text(event.data);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.retry();
    };
  }

  private retry(): void {
    if (this.stopped) return;
    this.events.state(this.deps.isOnline() ? 'reconnecting' : 'offline');
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** this.attempts);
    this.attempts += 1;
    this.timer = this.deps.setTimer(
      () => this.connect('reconnecting'),
      delay * (0.8 + 0.4 * this.deps.random()),
    );
  }
}
