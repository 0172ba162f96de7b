import type { Event as ModeslEvent, FrameHeaders } from 'modesl';
import { toEslEvent } from './esl-event.mapper';
import type { EslEvent } from './event-socket.port';
import { GuardedConnection } from './guarded-connection';

export interface EslSessionSettings {
  host: string;
  port: number;
  password: string;
  /** The `event ...` command sent after authentication. */
  subscription: string;
  /** Connect, authenticate and subscribe within this time, or give up. */
  handshakeTimeoutMs: number;
  /** Once subscribed, drop the connection after this long without a byte. */
  idleTimeoutMs: number;
}

export type EslSessionEnd = { kind: 'auth-failed' | 'lost'; reason: string };

export interface EslSessionHandlers {
  ready(): void;
  event(event: EslEvent): void;
  /** The session ended by itself (not through close()); it will do nothing more. */
  ended(end: EslSessionEnd): void;
}

/** One Event Socket connection: handshake, events, commands, and its end. It never reconnects. */
export class EslSession {
  private readonly connection: GuardedConnection;
  private subscribed = false;
  private over = false;
  private watchdog: NodeJS.Timeout;

  constructor(
    private readonly settings: EslSessionSettings,
    private readonly handlers: EslSessionHandlers,
  ) {
    const connection = new GuardedConnection(settings.host, settings.port, settings.password, (event) =>
      this.handlers.event(event),
    );
    this.connection = connection;
    connection.on('error', (error) => this.lost(error.message));
    connection.watchSocket(
      () => this.subscribed && this.watchdog.refresh(),
      () => this.lost('the connection was closed'),
    );
    connection.on('esl::event::auth::success', () => this.subscribe());
    connection.on('esl::event::auth::fail', (reply) =>
      this.end({ kind: 'auth-failed', reason: reply.getHeader('Reply-Text') ?? 'no reply text' }),
    );
    connection.on('esl::event::disconnect::notice', () => this.lost('FreeSWITCH sent a disconnect notice'));
    connection.on('esl::event::**', (event, headers) => this.receive(event, headers));
    this.watchdog = setTimeout(
      () => this.lost(`no handshake within ${settings.handshakeTimeoutMs} ms`),
      settings.handshakeTimeoutMs,
    );
  }

  /** Sends `api <command>`; `answer` gets the response body. */
  api(command: string, answer: (body: string) => void): void {
    this.connection.api(command, (response) => answer(response.getBody()));
  }

  /** Sends `bgapi <command>` with `Job-UUID: <jobId>`; `replied` gets the command/reply text. */
  bgapi(command: string, jobId: string, replied: (replyText: string) => void): void {
    this.connection.sendRecv(`bgapi ${command}`, { 'Job-UUID': jobId }, (reply) =>
      replied(reply.getHeader('Reply-Text') ?? ''),
    );
  }

  /** Ends the session from this side (`exit` if subscribed); no handler is called. */
  close(): Promise<void> {
    const farewell = this.subscribed && !this.over;
    this.over = true;
    clearTimeout(this.watchdog);
    return this.connection.dispose(farewell);
  }

  private subscribe(): void {
    this.connection.sendRecv(this.settings.subscription, (reply) => {
      const text = reply.getHeader('Reply-Text') ?? '';
      if (!text.startsWith('+OK')) {
        this.lost(`subscription refused: ${text}`);
        return;
      }
      this.subscribed = true;
      clearTimeout(this.watchdog);
      this.watchdog = setTimeout(
        () => this.lost(`nothing received for ${this.settings.idleTimeoutMs} ms`),
        this.settings.idleTimeoutMs,
      );
      this.handlers.ready();
    });
  }

  private receive(event: ModeslEvent, headers: FrameHeaders | undefined): void {
    const contentType = headers?.['Content-Type'];
    if (typeof contentType !== 'string' || !contentType.startsWith('text/event-')) {
      return;
    }
    const decoded = toEslEvent(event);
    if (decoded) {
      this.handlers.event(decoded);
    } else {
      this.lost('an event without Event-Name');
    }
  }

  private lost(reason: string): void {
    this.end({ kind: 'lost', reason });
  }

  private end(end: EslSessionEnd): void {
    if (this.over) {
      return;
    }
    this.over = true;
    clearTimeout(this.watchdog);
    void this.connection.dispose(false);
    this.handlers.ended(end);
  }
}
