import type { Observable } from 'rxjs';

/** One event as FreeSWITCH sent it: header names as sent, values decoded, the body if there was one. */
export interface EslEvent {
  name: string;
  subclass?: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
}

/** `connected` means authenticated and subscribed; commands are accepted only then. */
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
  /**
   * `api <command>`: resolves with the response body exactly as FreeSWITCH wrote it (an `-ERR ...` body
   * included; the caller knows what the command's answer means). Rejects with an EslError:
   * ESL.NOT_CONNECTED, ESL.TIMEOUT, ESL.DISCONNECTED, or ESL.COMMAND_FAILED for a command that is not a
   * single line (it is never sent).
   */
  abstract api(command: string, options?: EslCommandOptions): Promise<string>;
  /**
   * `bgapi <command>`: resolves with the body of the BACKGROUND_JOB carrying this call's Job-UUID.
   * Rejects like api, and with ESL.COMMAND_FAILED when FreeSWITCH refuses the command itself.
   */
  abstract bgapi(command: string, options?: EslCommandOptions): Promise<string>;
}
