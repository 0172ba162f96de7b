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

/**
 * Why a session ended. `unreachable`: nothing listens on the port, or FreeSWITCH dropped the connection
 * (stopped or restarting). `auth-failed`: the password was refused. `rejected`: FreeSWITCH's ACL refused
 * this address. `timeout`: no handshake, or silence once subscribed. `failed`: anything else (another
 * socket error, broken frames, a refused subscription).
 */
export type EslSessionEndKind = 'unreachable' | 'auth-failed' | 'rejected' | 'timeout' | 'failed';

export type EslSessionEnd = { kind: EslSessionEndKind; reason: string };

/** Socket errors that mean FreeSWITCH is not listening or dropped the connection. */
const UNREACHABLE_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE']);

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
    connection.on('error', (error) => this.end(endOfError(error)));
    connection.watchSocket(
      () => this.subscribed && this.watchdog.refresh(),
      () => this.end({ kind: 'unreachable', reason: 'the connection was closed' }),
    );
    connection.on('esl::event::auth::success', () => this.subscribe());
    connection.on('esl::event::auth::fail', (reply) =>
      this.end({ kind: 'auth-failed', reason: reply.getHeader('Reply-Text') ?? 'no reply text' }),
    );
    connection.on('esl::event::raw::text/rude-rejection', (reply) =>
      this.end({ kind: 'rejected', reason: reply.getBody().trim() || 'rude rejection' }),
    );
    connection.on('esl::event::disconnect::notice', () =>
      this.end({ kind: 'unreachable', reason: 'FreeSWITCH sent a disconnect notice' }),
    );
    connection.on('esl::event::**', (event, headers) => this.receive(event, headers));
    this.watchdog = setTimeout(
      () => this.end({ kind: 'timeout', reason: `no handshake within ${settings.handshakeTimeoutMs} ms` }),
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
        this.end({ kind: 'failed', reason: `subscription refused: ${text}` });
        return;
      }
      this.subscribed = true;
      clearTimeout(this.watchdog);
      this.watchdog = setTimeout(
        () => this.end({ kind: 'timeout', reason: `nothing received for ${this.settings.idleTimeoutMs} ms` }),
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
      this.end({ kind: 'failed', reason: 'an event without Event-Name' });
    }
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

function endOfError(error: Error): EslSessionEnd {
  const code = 'code' in error ? error.code : undefined;
  const unreachable = typeof code === 'string' && UNREACHABLE_CODES.has(code);
  return { kind: unreachable ? 'unreachable' : 'failed', reason: error.message };
}
