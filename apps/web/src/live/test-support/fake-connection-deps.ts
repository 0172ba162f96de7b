import type { LiveConnectionDeps, SocketLike } from '../live-connection';

export class FakeSocket implements SocketLike {
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  readonly sent: unknown[] = [];
  closed = false;

  constructor(readonly token: string) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(): void {
    this.closed = true;
  }

  serverSends(message: object): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

/** Connection dependencies under the test's control: tokens, sockets, network and timers. */
export class FakeConnectionDeps implements LiveConnectionDeps {
  readonly sockets: FakeSocket[] = [];
  readonly timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  online = true;
  tokens = 0;
  nextToken: () => Promise<string> = async () => `token-${++this.tokens}`;

  fetchToken = () => this.nextToken();
  openSocket = (token: string) => {
    const socket = new FakeSocket(token);
    this.sockets.push(socket);
    return socket;
  };
  isOnline = () => this.online;
  setTimer = (run: () => void, ms: number) => {
    const timer = { run, ms, cleared: false };
    this.timers.push(timer);
    return timer;
  };
  clearTimer = (timer: unknown) => {
    if (timer) (timer as { cleared: boolean }).cleared = true;
  };
  random = () => 0.5;

  get socket(): FakeSocket {
    return this.sockets[this.sockets.length - 1]!;
  }

  /** Runs the timers that are due and not cleared, as if their time had come. */
  fireTimers(): void {
    const due = this.timers.splice(0).filter((timer) => !timer.cleared);
    due.forEach((timer) => timer.run());
  }
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
