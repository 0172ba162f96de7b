import type { Socket } from 'net';
import { Connection, type Parser } from 'modesl';
import { parseJsonEvent } from './esl-event.mapper';
import type { EslEvent } from './event-socket.port';
import { FrameGuard } from './frame-guard';

type DataListener = (chunk: Buffer) => void;
type JsonEventListener = (event: EslEvent) => void;

/**
 * modesl's inbound Connection, made safe to run for months:
 *
 * - modesl's Parser listens to the socket's 'data' event and, inside that handler, decodes plain header
 *   values with decodeURIComponent (a malformed escape such as `%E9`, which FreeSWITCH writes for a
 *   Latin-1 caller name, throws URIError) and recurses once per frame (a run of blank lines overflows the
 *   stack). Either exception escapes the socket handler and ends the process. So the Parser's listener is
 *   taken off the socket; bytes first go through a FrameGuard, which rejects anything that is not a
 *   FreeSWITCH frame, and the Parser is then fed one whole frame at a time inside try/catch. Every
 *   failure becomes an 'error' event, which the session answers by dropping the connection.
 * - JSON events, the whole live stream, never reach modesl: its Parser splits the headers, parses the
 *   body, builds an Event object and emits it through a wildcard emitter, which was the largest part
 *   of the connector's work per event. Their bodies are parsed here and handed to the `jsonEvents` listener,
 *   in frame order with everything else.
 * - modesl's auth() subscribes to `BACKGROUND_JOB CHANNEL_EXECUTE_COMPLETE` on its own; this one only
 *   authenticates, so the caller's subscription is the only one sent.
 * - dispose() removes every listener (modesl never does) and destroys the socket.
 */
export class GuardedConnection extends Connection {
  private readonly transport: Socket;
  private disposed = false;
  private closed: Promise<void> | undefined;

  constructor(
    host: string,
    port: number,
    password: string,
    private readonly jsonEvents: JsonEventListener,
  ) {
    super(host, port, password);
    if (!this.socket) {
      throw new Error('modesl did not open a socket');
    }
    this.transport = this.socket;
    this.transport.setNoDelay(true);
  }

  /** Listens to the socket itself: every chunk read, and its end. dispose() removes both. */
  watchSocket(onData: () => void, onClose: () => void): void {
    this.transport.on('data', onData);
    this.transport.on('close', onClose);
  }

  override auth(): void {
    this.sendRecv(`auth ${this.password}`, (reply) => {
      const accepted = reply.getHeader('Reply-Text') === '+OK accepted';
      this.emit(accepted ? 'esl::event::auth::success' : 'esl::event::auth::fail', reply);
    });
  }

  override _onConnect(): void {
    const socket = this.transport;
    const earlier = new Set(socket.listeners('data'));
    super._onConnect();
    const parser = this.parser;
    for (const listener of socket.listeners('data')) {
      if (!earlier.has(listener)) {
        socket.removeListener('data', listener as DataListener);
      }
    }
    if (parser) {
      const guard = new FrameGuard();
      socket.on('data', (chunk: Buffer) => this.feed(guard, parser, chunk));
    }
  }

  /** Ends the connection for good; with `farewell`, sends `exit` first. Resolves once the socket is closed. */
  dispose(farewell: boolean): Promise<void> {
    if (this.closed) {
      return this.closed;
    }
    this.disposed = true;
    const socket = this.transport;
    this.removeAllListeners();
    this.parser?.removeAllListeners();
    for (const name of ['connect', 'data', 'end', 'close', 'error', 'timeout']) {
      socket.removeAllListeners(name);
    }
    // Whatever the dead socket still reports has nobody left to tell.
    socket.on('error', () => undefined);
    this.closed = socket.closed
      ? Promise.resolve()
      : new Promise((resolve) => socket.once('close', () => resolve()));
    if (farewell && socket.writable && !socket.connecting) {
      socket.end('exit\n\n', () => socket.destroy());
    } else {
      socket.destroy();
    }
    return this.closed;
  }

  private feed(guard: FrameGuard, parser: Parser, chunk: Buffer): void {
    try {
      for (const frame of guard.push(chunk)) {
        if (this.disposed) {
          return;
        }
        if (frame.contentType === 'text/event-json') {
          this.jsonEvents(parseJsonEvent(frame.body));
        } else {
          parser._onData(frame.bytes);
        }
      }
    } catch (error) {
      if (!this.disposed) {
        this.emit('error', error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
}
