import type { Observable } from 'rxjs';

/** One event as FreeSWITCH sent it: header names as sent, values decoded, the body if there was one. */
export interface EslEvent {
  name: string;
  subclass?: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
}

export type EslConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface EslCommandOptions {
  /** Milliseconds to wait for the answer; defaults to the adapter's own timeout. */
  timeoutMs?: number;
}

/**
 * The port through which the connector talks to FreeSWITCH's Event Socket.
 * The modesl adapter implements it; nothing outside apps/connector/src/esl knows modesl.
 */
export abstract class EventSocket {
  /** Events of the subscribed kinds, from every connection in turn. */
  abstract readonly events$: Observable<EslEvent>;
  /** The connection state; replays the current state to a new subscriber. */
  abstract readonly connection$: Observable<EslConnectionState>;
  abstract isConnected(): boolean;
  /** `api <command>`: resolves with the response body, rejects with an EslError. */
  abstract api(command: string, options?: EslCommandOptions): Promise<string>;
  /** `bgapi <command>`: resolves with the BACKGROUND_JOB body, rejects with an EslError. */
  abstract bgapi(command: string, options?: EslCommandOptions): Promise<string>;
}
