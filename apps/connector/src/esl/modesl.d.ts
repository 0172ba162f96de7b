/**
 * The parts of modesl 1.2.1 (lib/esl/Connection.js, Parser.js, Event.js) the adapter uses.
 * modesl ships no types; these follow its source, not its README.
 */
declare module 'modesl' {
  import type { Socket } from 'net';

  /** Headers of one frame as modesl's Parser read them: values URL-decoded, Content-Length as a number. */
  export type FrameHeaders = Readonly<Record<string, string | number | undefined>>;

  export class Event {
    /** The Event-Name header (undefined for replies). */
    type: string | undefined;
    /** In wire order; values are strings, except Content-Length (number) and JSON array headers. */
    headers: Array<{ name: string; value: unknown }>;
    body: string;
    getHeader(name: string): string | null;
    getBody(): string;
  }

  /** Reads frames from the socket ('data' listener) and emits 'esl::event' per frame, 'error' on bad JSON. */
  export class Parser {
    /** Listens to the socket's 'data' event; EventEmitter2 with wildcards like Connection. */
    constructor(socket: NodeJS.EventEmitter);
    on(name: 'esl::event', listener: (event: Event, headers: FrameHeaders, body?: string) => void): this;
    _onData(chunk: Buffer): void;
    removeAllListeners(): this;
  }

  export type ReplyCallback = (reply: Event) => void;

  /**
   * An inbound connection (EventEmitter2 with wildcards, delimiter '::'). Frames are emitted as
   * `esl::event::<kind>` with (event, headers, body): `auth::request`, `command::reply`, `api::response`,
   * `disconnect::notice`, `<Event-Name>::<Job-UUID|Unique-ID|Core-UUID>` for text/event-* frames, and
   * `raw::<Content-Type>` for any other frame (such as `text/rude-rejection` from FreeSWITCH's ACL).
   */
  export class Connection {
    /** Calls net.connect at once; on 'connect' creates the Parser and answers auth/request with auth(). */
    constructor(host: string, port: number, password: string);
    /** Set to null by modesl when the socket ends. */
    protected socket: Socket | null;
    protected readonly password: string;
    /** Created in _onConnect. */
    protected parser: Parser | undefined;
    /** Answers auth/request; modesl's own version also subscribes to BACKGROUND_JOB CHANNEL_EXECUTE_COMPLETE. */
    auth(): void;
    /** Socket 'connect' handler: attaches a Parser to the socket's 'data' event. */
    _onConnect(): void;

    /** Writes `<command>\n`, one `name: value\n` per header, then `\n`; replies are matched in order. */
    sendRecv(command: string, callback: ReplyCallback): void;
    sendRecv(command: string, headers: Readonly<Record<string, string>>, callback: ReplyCallback): void;
    /** Writes `api <command>`; api/response frames are matched to callbacks in order. */
    api(command: string, callback: ReplyCallback): void;

    on(name: 'error', listener: (error: Error) => void): this;
    on(name: 'esl::event::**', listener: (event: Event, headers?: FrameHeaders) => void): this;
    on(
      name:
        | 'esl::event::auth::success'
        | 'esl::event::auth::fail'
        | 'esl::event::disconnect::notice'
        | 'esl::event::raw::text/rude-rejection',
      listener: (event: Event) => void,
    ): this;
    emit(name: string, ...args: unknown[]): boolean;
    removeAllListeners(): this;
  }
}
