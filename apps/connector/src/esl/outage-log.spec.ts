import { Logger } from '@nestjs/common';
import type { EslSessionEnd } from './esl-session';
import { OutageLog } from './outage-log';
import { captureLogs } from './test-support/event-socket-harness';

const REFUSED: EslSessionEnd = { kind: 'unreachable', reason: 'connect ECONNREFUSED 127.0.0.1:8021' };
const CLOSED: EslSessionEnd = { kind: 'unreachable', reason: 'FreeSWITCH sent a disconnect notice' };
const WRONG_PASSWORD: EslSessionEnd = { kind: 'auth-failed', reason: '-ERR invalid' };

function setUp() {
  const logs = captureLogs();
  let now = 1_000_000;
  const log = new OutageLog(new Logger('EventSocket'), '127.0.0.1:8021', 60_000, () => now);
  return { logs, log, advance: (ms: number) => (now += ms) };
}

describe('OutageLog', () => {
  afterEach(() => jest.restoreAllMocks());

  it('given FreeSWITCH restarts, logs the disconnect, nothing per refused attempt, and the reconnect', () => {
    const { logs, log, advance } = setUp();

    log.failed(CLOSED, true, 100);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      advance(450);
      log.failed(REFUSED, false, 500);
    }
    advance(20);
    log.connected();

    expect(logs.warn).toEqual([
      'Disconnected from FreeSWITCH at 127.0.0.1:8021: FreeSWITCH sent a disconnect notice; reconnecting in 100 ms',
    ]);
    expect(logs.log).toEqual([
      'Connected to FreeSWITCH at 127.0.0.1:8021 after 9.0 s without a connection (20 failed attempts)',
    ]);
  });

  it('summarizes a long outage at most once a minute', () => {
    const { logs, log, advance } = setUp();

    log.failed(REFUSED, false, 100);
    for (let attempt = 0; attempt < 300; attempt += 1) {
      advance(500);
      log.failed(REFUSED, false, 500);
    }

    expect(logs.warn).toHaveLength(3);
    expect(logs.warn[0]).toBe(
      'Could not connect to FreeSWITCH at 127.0.0.1:8021: connect ECONNREFUSED 127.0.0.1:8021; retrying in 100 ms',
    );
    expect(logs.warn[1]).toBe(
      'Still no connection to FreeSWITCH at 127.0.0.1:8021 after 121 failed attempts in 60.0 s ' +
        '(last: connect ECONNREFUSED 127.0.0.1:8021); retrying in 500 ms',
    );
  });

  it('logs each change in the kind of failure, at the level it deserves', () => {
    const { logs, log, advance } = setUp();

    log.failed(REFUSED, false, 100);
    advance(100);
    log.failed(WRONG_PASSWORD, false, 250);
    advance(250);
    log.failed(WRONG_PASSWORD, false, 500);
    advance(500);
    log.failed(REFUSED, false, 100);

    expect(logs.warn).toEqual([
      'Could not connect to FreeSWITCH at 127.0.0.1:8021: connect ECONNREFUSED 127.0.0.1:8021; retrying in 100 ms',
      'Could not connect to FreeSWITCH at 127.0.0.1:8021: connect ECONNREFUSED 127.0.0.1:8021; retrying in 100 ms',
    ]);
    expect(logs.error).toEqual([
      'Authentication to FreeSWITCH at 127.0.0.1:8021 failed: -ERR invalid; retrying in 250 ms',
    ]);
  });

  it('starts a new outage after a connection', () => {
    const { logs, log, advance } = setUp();
    log.failed(REFUSED, false, 100);
    log.connected();

    advance(30_000);
    log.failed(CLOSED, true, 100);
    log.failed(REFUSED, false, 200);
    advance(300);
    log.connected();

    expect(logs.warn).toHaveLength(2);
    expect(logs.log).toEqual([
      'Connected to FreeSWITCH at 127.0.0.1:8021 after 0.0 s without a connection (1 failed attempt)',
      'Connected to FreeSWITCH at 127.0.0.1:8021 after 0.3 s without a connection (1 failed attempt)',
    ]);
  });
});
