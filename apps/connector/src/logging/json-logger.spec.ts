import { JsonLogger } from './json-logger';
import { withLogContext } from './log-context';
import type { LogLevelName } from './log-levels';

function capture(level: LogLevelName = 'trace') {
  const lines: string[] = [];
  const logger = new JsonLogger(level, { write: (line: string) => lines.push(line) });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, entries };
}

describe('JsonLogger', () => {
  it('writes one JSON object per line with time, level, context and msg', () => {
    const { logger, lines, entries } = capture();
    logger.log('listening on http://127.0.0.1:8080', 'Connector');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(entries()[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: 'info',
      context: 'Connector',
      msg: 'listening on http://127.0.0.1:8080',
    });
  });

  it("names Nest's levels as pino does: verbose is trace, log is info", () => {
    const { logger, entries } = capture();
    logger.verbose('a', 'X');
    logger.debug('b', 'X');
    logger.log('c', 'X');
    logger.warn('d', 'X');
    logger.error('e', 'X');
    logger.fatal('f', 'X');
    expect(entries().map((entry) => entry.level)).toEqual([
      'trace',
      'debug',
      'info',
      'warn',
      'error',
      'fatal',
    ]);
  });

  it('leaves out the levels below LOG_LEVEL, and everything when silent', () => {
    const warn = capture('warn');
    warn.logger.log('not shown', 'X');
    warn.logger.debug('not shown', 'X');
    warn.logger.warn('shown', 'X');
    expect(warn.entries().map((entry) => entry.msg)).toEqual(['shown']);
    const silent = capture('silent');
    silent.logger.fatal('not shown', 'X');
    expect(silent.lines).toEqual([]);
  });

  it("puts the stack Nest's error(message, stack, context) gives under err", () => {
    const { logger, entries } = capture();
    const stack = new Error('boom').stack!;
    logger.error('500: internal error', stack, 'HTTP');
    expect(entries()[0]).toMatchObject({ context: 'HTTP', msg: '500: internal error', err: { stack } });
    logger.error(new Error('an error as the message'), 'HTTP');
    expect(entries()[1]).toMatchObject({
      msg: 'an error as the message',
      err: { type: 'Error', message: 'an error as the message', stack: expect.stringContaining('at ') },
    });
  });

  it('keeps the fields of an object message', () => {
    const { logger, entries } = capture();
    logger.log({ msg: 'GET /api/users 200', method: 'GET', status: 200 }, 'HTTP');
    expect(entries()[0]).toMatchObject({
      context: 'HTTP',
      msg: 'GET /api/users 200',
      method: 'GET',
      status: 200,
    });
  });

  it('carries the request id of the request being handled', async () => {
    const { logger, entries } = capture();
    await withLogContext({ reqId: 'r-1' }, async () => {
      await Promise.resolve();
      logger.warn('inside', 'Auth');
    });
    logger.warn('outside', 'Auth');
    expect(entries().map(({ msg, reqId }) => ({ msg, reqId }))).toEqual([
      { msg: 'inside', reqId: 'r-1' },
      { msg: 'outside', reqId: undefined },
    ]);
  });

  it("gives no line another's fields within one request", () => {
    const { logger, entries } = capture();
    withLogContext({ reqId: 'r-2' }, () => {
      logger.log({ msg: 'GET /readyz 200', status: 200 }, 'HTTP');
      logger.log('plain', 'Provisioning');
    });
    expect(entries()[1]).toEqual({
      time: expect.any(String),
      level: 'info',
      context: 'Provisioning',
      reqId: 'r-2',
      msg: 'plain',
    });
  });

  it('redacts secrets a call site gives as fields', () => {
    const { logger, lines } = capture();
    logger.warn(
      {
        msg: 'fields',
        password: 'pw-top',
        body: { password: 'pw-body' },
        users: [{ id: '20001', password: 'pw-list' }],
        headers: { authorization: 'Digest username="x"', cookie: 'fscon-session=abc' },
        query: { token: 'live-token', login: 'a:pw-login' },
      },
      'HTTP',
    );
    const text = lines.join('');
    for (const secret of [
      'pw-top',
      'pw-body',
      'pw-list',
      'Digest',
      'fscon-session',
      'live-token',
      'pw-login',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('"id":"20001"');
  });
});
