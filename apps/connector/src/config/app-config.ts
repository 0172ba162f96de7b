import type { ContextRanges } from '@fscon/contracts';
import type { LogLevelName } from '../logging/log-levels';

/** The connector's validated configuration; built once at boot by loadConfig. */
export interface AppConfig {
  freeswitch: { host: string; port: number; password: string; commandTimeoutMs: number };
  paths: { switchConf: string; recordings: string; static: string };
  http: { host: string; port: number; hostname: string; certFile?: string; keyFile?: string };
  ranges: ContextRanges;
  live: LiveConfig;
  /**
   * The journal of live events: a SQLite file, or `:memory:`, or, with `nats`, a JetStream stream that
   * replicas share; and what of it is kept.
   */
  journal: {
    path: string;
    retention: { maxAgeDays: number; maxBytes: number };
    nats?: { url: string; stream: string };
  };
  /** The history and audit projections: a SQLite file beside the journal, and how many days they keep. */
  history: { path: string; retentionDays: number };
  logLevel: LogLevelName;
  /** The Event Socket lag probe: its period, and the lag above which the connector is not ready. */
  eslLag: { probeIntervalMs: number; maxMs: number };
  /** The /metrics listener; absent when METRICS_PORT is off. */
  metrics?: MetricsConfig;
}

/** Where /metrics is served, and the bearer token scrapers must send when one is set. */
export interface MetricsConfig {
  host: string;
  port: number;
  token?: string;
}

/**
 * The live WebSocket: ping period, reconciliation period (0: none), deltas kept for resumes, journal
 * entries a resume may replay, per-client queue, invitations: how many per user and minute, how long
 * they ring.
 */
export interface LiveConfig {
  pingIntervalMs: number;
  reconcileIntervalMs: number;
  replay: { deltas: number; bytes: number };
  resumeEntries: number;
  maxQueuedBytes: number;
  invites: { perMinute: number; ringSeconds: number };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
