/** Injection token for the Event Socket settings, provided from the validated configuration. */
export const ESL_OPTIONS = Symbol('ESL_OPTIONS');

export interface EslOptions {
  host: string;
  port: number;
  password: string;
  /** Default deadline of `api`/`bgapi` and of the connect/auth/subscribe handshake; 10 s if absent. */
  commandTimeoutMs?: number;
}

/** Timing of the connection itself; the defaults suit production, tests shorten them. */
export interface EslTimings {
  /**
   * First delay before reconnecting while FreeSWITCH refuses or drops connections (stopped or
   * restarting); doubles after each such failure up to the max. A refused connect costs FreeSWITCH
   * nothing, and the sooner the connector is back the sooner every dashboard is right again.
   */
  reconnectWhileDownMs: number;
  reconnectWhileDownMaxMs: number;
  /**
   * First delay before reconnecting after any other failure (wrong password, address rejected,
   * timeouts, broken frames); doubles after each one up to the max, as retrying fast would only
   * flood FreeSWITCH's log.
   */
  reconnectInitialMs: number;
  reconnectMaxMs: number;
  /** While attempts keep failing the same way, one summary line is logged at most this often. */
  failureSummaryMs: number;
  /**
   * Silence after which a connected socket is considered dead (or stuck in the middle of a frame) and
   * dropped. FreeSWITCH sends a HEARTBEAT every 20 s, which the adapter subscribes to.
   */
  idleTimeoutMs: number;
}

export const DEFAULT_COMMAND_TIMEOUT_MS = 10_000;

export const DEFAULT_ESL_TIMINGS: EslTimings = {
  reconnectWhileDownMs: 100,
  reconnectWhileDownMaxMs: 500,
  reconnectInitialMs: 250,
  reconnectMaxMs: 10_000,
  failureSummaryMs: 60_000,
  idleTimeoutMs: 60_000,
};

/**
 * The one subscription the connector needs. json rather than plain: modesl decodes plain values with
 * decodeURIComponent, which throws on a malformed escape, while its JSON path only runs JSON.parse
 * inside a try and leaves values untouched. CUSTOM comes last because every name after it is a subclass.
 */
export const ESL_SUBSCRIPTION =
  'event json BACKGROUND_JOB RELOADXML HEARTBEAT CUSTOM conference::maintenance sofia::register sofia::unregister sofia::expire';
