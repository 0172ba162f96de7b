import type { LiveMessage } from '@fscon/contracts';
import WebSocket from 'ws';

export type Received = LiveMessage & { seq?: number };

/** Why the connection was refused: the HTTP status of the upgrade's answer. */
export class UpgradeRefused extends Error {
  constructor(readonly status: number) {
    super(`upgrade refused with ${status}`);
  }
}

/** A `ws` client of /api/live that keeps every message and waits for the ones a test expects. */
export class LiveTestClient {
  readonly received: Received[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly waiters = new Set<() => void>();

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as Received);
      this.waiters.forEach((wake) => wake());
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() });
        this.waiters.forEach((wake) => wake());
      });
    });
  }

  /** Opens `<http url><path>?<query>`; rejects with UpgradeRefused when the server answers HTTP. */
  static open(
    baseUrl: string,
    query: string,
    options: WebSocket.ClientOptions = {},
    path = '/api/live',
  ): Promise<LiveTestClient> {
    const url = `${baseUrl.replace(/^http/, 'ws')}${path}${query ? `?${query}` : ''}`;
    const socket = new WebSocket(url, options);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new LiveTestClient(socket)));
      socket.once('unexpected-response', (_request, response) => {
        response.resume();
        reject(new UpgradeRefused(response.statusCode ?? 0));
        socket.terminate();
      });
      socket.once('error', reject);
    });
  }

  send(request: object | string): void {
    this.socket.send(typeof request === 'string' ? request : JSON.stringify(request));
  }

  /** Resolves with the first message after `from` that matches; rejects when the socket closes first. */
  async next(match: (message: Received) => boolean, from = 0): Promise<Received> {
    for (;;) {
      const found = this.received.slice(from).find(match);
      if (found !== undefined) return found;
      if (this.socket.readyState === WebSocket.CLOSED) {
        throw new Error(`closed before the message came (${this.received.length} messages received)`);
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          resolve();
        };
        this.waiters.add(wake);
      });
    }
  }

  /** Sends a request and resolves with the first answer after it that matches. */
  async ask(request: object | string, match: (message: Received) => boolean): Promise<Received> {
    const from = this.received.length;
    this.send(request);
    return this.next(match, from);
  }

  close(): Promise<{ code: number; reason: string }> {
    this.socket.close();
    return this.closed;
  }
}

/** The conference a message is about: its `conference`, or the name of a newConference's data. */
export function conferenceOf(message: Received): string | undefined {
  if (message.event === 'newConference') return message.data.name;
  return 'conference' in message ? message.conference : undefined;
}

export const isEvent =
  (event: string, conference?: string) =>
  (message: Received): boolean =>
    message.event === event && (conference === undefined || conferenceOf(message) === conference);
