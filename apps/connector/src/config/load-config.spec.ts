import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('gives the original defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.freeswitch).toEqual({
      host: '127.0.0.1',
      port: 8021,
      password: 'ClueCon',
      commandTimeoutMs: 10000,
    });
    expect(config.paths).toEqual({
      switchConf: '/etc/freeswitch',
      recordings: '/recordings',
      static: '/static',
    });
    expect(config.http.port).toBe(443);
    expect(config.ranges.friends).toEqual({
      users: { first: 21000, last: 21999 },
      conferences: { first: 31000, last: 31999 },
    });
    expect(config.live).toEqual({
      pingIntervalMs: 30000,
      reconcileIntervalMs: 60000,
      replay: { deltas: 10000, bytes: 16777216 },
      resumeEntries: 5000,
      maxQueuedBytes: 4194304,
      invites: { perMinute: 5, ringSeconds: 30 },
    });
    expect(config.logLevel).toBe('info');
    expect(config.eslLag).toEqual({ probeIntervalMs: 2000, maxMs: 5000 });
  });

  it('takes values from the environment and converts numbers', () => {
    const config = loadConfig({
      FSPORT: '9000',
      FASTIPORT: '8443',
      CONHOSTNAME: 'conf.example.org',
      TEAM_USERS: '100-199',
      LOG_LEVEL: 'debug',
      ESL_LAG_PROBE_MS: '500',
      ESL_LAG_MAX_MS: '1500',
    });
    expect(config.logLevel).toBe('debug');
    expect(config.eslLag).toEqual({ probeIntervalMs: 500, maxMs: 1500 });
    expect(config.freeswitch.port).toBe(9000);
    expect(config.http).toMatchObject({ port: 8443, hostname: 'conf.example.org' });
    expect(config.ranges.team.users).toEqual({ first: 100, last: 199 });
  });

  it('keeps the journal in SQLite without NATS_URL, and in the stream NATS_STREAM (default fscon) with it', () => {
    expect(loadConfig({}).journal.nats).toBeUndefined();
    expect(loadConfig({ NATS_URL: 'nats://127.0.0.1:4222' }).journal.nats).toEqual({
      url: 'nats://127.0.0.1:4222',
      stream: 'fscon',
    });
    expect(loadConfig({ NATS_URL: 'nats://n:4222', NATS_STREAM: 'site-2' }).journal.nats?.stream).toBe(
      'site-2',
    );
    expect(() => loadConfig({ NATS_URL: 'nats://n:4222', NATS_STREAM: 'a.b' })).toThrow(/NATS_STREAM/);
  });

  it('names every bad key at once', () => {
    let caught: unknown;
    try {
      loadConfig({
        FSPORT: 'abc',
        FASTIIP: 'not-an-ip',
        PUBLIC_USERS: '22000',
        FASTIPORT: '70000',
        LOG_LEVEL: 'verbose',
        ESL_LAG_PROBE_MS: '10',
        ESL_LAG_MAX_MS: 'soon',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    for (const key of [
      'FSPORT',
      'FASTIIP',
      'PUBLIC_USERS',
      'FASTIPORT',
      'ESL_LAG_PROBE_MS',
      'ESL_LAG_MAX_MS',
    ])
      expect(problems).toContain(key);
    expect(problems).toContain('LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent');
  });

  it('refuses ranges that are reversed or overlap', () => {
    expect(() => loadConfig({ TEAM_USERS: '20999-20000' })).toThrow(
      /TEAM_USERS must start at or below its end/,
    );
    expect(() => loadConfig({ FRIENDS_USERS: '20500-21500' })).toThrow(/TEAM_USERS overlaps FRIENDS_USERS/);
  });
});

describe('loadConfig: metrics', () => {
  it('serves /metrics on 127.0.0.1:9464 without a token by default', () => {
    expect(loadConfig({}).metrics).toEqual({ host: '127.0.0.1', port: 9464 });
  });

  it('turns metrics off with METRICS_PORT=off', () => {
    expect(loadConfig({ METRICS_PORT: 'off' }).metrics).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: 'off', METRICS_HOST: '0.0.0.0' }).metrics).toBeUndefined();
  });

  it('takes a port (0: a free one) and a token', () => {
    expect(loadConfig({ METRICS_PORT: '0', METRICS_TOKEN: 's3cret' }).metrics).toEqual({
      host: '127.0.0.1',
      port: 0,
      token: 's3cret',
    });
  });

  it('refuses a port out of range, an address that is not one and a token with spaces', () => {
    for (const env of [{ METRICS_PORT: '65536' }, { METRICS_PORT: 'on' }, { METRICS_HOST: 'localhost' }]) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
    }
    expect(() => loadConfig({ METRICS_TOKEN: 'two words' })).toThrow(/METRICS_TOKEN/);
  });

  it('refuses a listener beyond loopback without a token, naming the variables', () => {
    expect(() => loadConfig({ METRICS_HOST: '0.0.0.0' })).toThrow(
      /METRICS_HOST 0\.0\.0\.0 is not a loopback address: set METRICS_TOKEN.*METRICS_PORT=off/,
    );
    expect(loadConfig({ METRICS_HOST: '0.0.0.0', METRICS_TOKEN: 't' }).metrics?.host).toBe('0.0.0.0');
    expect(loadConfig({ METRICS_HOST: '127.0.0.2' }).metrics?.host).toBe('127.0.0.2');
    expect(loadConfig({ METRICS_HOST: '::1' }).metrics?.host).toBe('::1');
  });
});
