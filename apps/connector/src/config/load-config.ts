import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CONTEXTS, type ContextRanges, type NumberRange } from '@fscon/contracts';
import type { AppConfig, MetricsConfig } from './app-config';
import { EnvironmentVariables } from './environment.dto';
import { historyPath } from './history-path';
import { isLoopback } from './loopback';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

const known = Object.keys(new EnvironmentVariables());

function parseRange(text: string): NumberRange {
  const [first, last] = text.split('-').map(Number);
  return { first, last };
}

function rangeProblems(env: EnvironmentVariables): string[] {
  const named: [string, NumberRange][] = CONTEXTS.flatMap((context) => {
    const prefix = context.toUpperCase();
    const users = `${prefix}_USERS` as keyof EnvironmentVariables;
    const conferences = `${prefix}_CONFERENCES` as keyof EnvironmentVariables;
    return [
      [users, parseRange(String(env[users]))],
      [conferences, parseRange(String(env[conferences]))],
    ] as [string, NumberRange][];
  });
  const problems = named
    .filter(([, range]) => range.first > range.last)
    .map(([key]) => `${key} must start at or below its end`);
  named.forEach(([key, a], i) =>
    named
      .slice(i + 1)
      .filter(([, b]) => a.first <= b.last && b.first <= a.last)
      .forEach(([other]) => problems.push(`${key} overlaps ${other}`)),
  );
  return problems;
}

function toRanges(env: EnvironmentVariables): ContextRanges {
  const range = (key: string) => parseRange(String(env[key as keyof EnvironmentVariables]));
  return {
    team: { users: range('TEAM_USERS'), conferences: range('TEAM_CONFERENCES') },
    friends: { users: range('FRIENDS_USERS'), conferences: range('FRIENDS_CONFERENCES') },
    public: { users: range('PUBLIC_USERS'), conferences: range('PUBLIC_CONFERENCES') },
  };
}

/** Validates the environment once; throws a ConfigError naming every bad key. */
export function loadConfig(source: Record<string, string | undefined>): AppConfig {
  const given = Object.fromEntries(
    known.filter((key) => source[key] !== undefined && source[key] !== '').map((key) => [key, source[key]]),
  );
  const env = plainToInstance(EnvironmentVariables, given);
  const problems = validateSync(env).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  if (problems.length === 0) problems.push(...rangeProblems(env), ...metricsProblems(env));
  if (problems.length > 0) throw new ConfigError(problems);
  const journalPath = env.JOURNAL_PATH ?? join(env.STATICPATH, 'journal.sqlite');
  return {
    freeswitch: {
      host: env.FSIP,
      port: env.FSPORT,
      password: env.FSPW,
      commandTimeoutMs: env.ESL_TIMEOUT_MS,
    },
    paths: { switchConf: env.SWITCHCONF, recordings: env.RECPATH, static: env.STATICPATH },
    http: {
      host: env.FASTIIP,
      port: env.FASTIPORT,
      hostname: env.CONHOSTNAME,
      certFile: env.FASTICERT,
      keyFile: env.FASTIKEY,
    },
    ranges: toRanges(env),
    live: {
      pingIntervalMs: env.LIVE_PING_MS,
      reconcileIntervalMs: env.LIVE_RECONCILE_MS,
      replay: { deltas: env.LIVE_REPLAY_DELTAS, bytes: env.LIVE_REPLAY_BYTES },
      resumeEntries: env.LIVE_RESUME_ENTRIES,
      maxQueuedBytes: env.LIVE_QUEUE_BYTES,
      invites: { perMinute: env.LIVE_INVITES_PER_MINUTE, ringSeconds: env.LIVE_INVITE_RING_SECONDS },
    },
    journal: {
      path: journalPath,
      retention: { maxAgeDays: env.JOURNAL_RETENTION_DAYS, maxBytes: env.JOURNAL_MAX_BYTES },
      ...(env.NATS_URL === undefined ? {} : { nats: { url: env.NATS_URL, stream: env.NATS_STREAM } }),
    },
    history: { path: historyPath(journalPath), retentionDays: env.HISTORY_RETENTION_DAYS },
    logLevel: env.LOG_LEVEL,
    eslLag: { probeIntervalMs: env.ESL_LAG_PROBE_MS, maxMs: env.ESL_LAG_MAX_MS },
    metrics: toMetrics(env),
  };
}

function toMetrics(env: EnvironmentVariables): MetricsConfig | undefined {
  if (env.METRICS_PORT === 'off') return undefined;
  const listener = { host: env.METRICS_HOST, port: Number(env.METRICS_PORT) };
  return env.METRICS_TOKEN === undefined ? listener : { ...listener, token: env.METRICS_TOKEN };
}

/** Metrics leave the host only with a token: they tell who is in which conference and how often logins fail. */
function metricsProblems(env: EnvironmentVariables): string[] {
  if (env.METRICS_PORT === 'off' || env.METRICS_TOKEN !== undefined || isLoopback(env.METRICS_HOST)) {
    return [];
  }
  return [
    `METRICS_HOST ${env.METRICS_HOST} is not a loopback address: set METRICS_TOKEN (scrapers send ` +
      '"Authorization: Bearer <token>"), or keep METRICS_HOST on 127.0.0.1, or set METRICS_PORT=off',
  ];
}
