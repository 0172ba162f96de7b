import { Logger } from '@nestjs/common';
import type { User } from '@fscon/contracts';
import { JsonLogger } from '../../logging/json-logger';
import { logContext } from '../../logging/log-context';
import { LiveSocketLog } from './live-socket-log';

describe('LiveSocketLog', () => {
  const lines: string[] = [];
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  beforeAll(() =>
    Logger.overrideLogger(new JsonLogger('trace', { write: (line: string) => lines.push(line) })),
  );
  afterAll(() => Logger.overrideLogger(false));
  beforeEach(() => lines.splice(0));

  const user: User = {
    id: '20000',
    password: 'the-users-password',
    conpin: '2357',
    context: 'team',
    name: 'defaultuser',
    email: 'd@example.org',
    polymac: 'none',
  };
  const socketLog = () => new LiveSocketLog(new Logger('LiveGateway'), { reqId: 'sock-1' }, user);

  it('logs the opening and the closing with the caller, the close code and reason, under the socket id', () => {
    const log = socketLog();
    log.open();
    log.close(1000, Buffer.from('bye'));
    expect(entries()).toEqual([
      expect.objectContaining({
        context: 'LiveGateway',
        level: 'info',
        reqId: 'sock-1',
        caller: 'defaultuser',
        callerContext: 'team',
      }),
      expect.objectContaining({
        level: 'info',
        reqId: 'sock-1',
        code: 1000,
        reason: 'bye',
        durationMs: expect.any(Number),
      }),
    ]);
    expect(lines.join('')).not.toContain(user.password);
  });

  it("runs a message's work as part of the socket", async () => {
    const log = socketLog();
    const seen = await log.within(async () => {
      await Promise.resolve();
      return logContext()?.reqId;
    });
    expect(seen).toBe('sock-1');
    expect(logContext()).toBeUndefined();
    log.ended('not reading');
    expect(entries()).toEqual([expect.objectContaining({ level: 'warn', reqId: 'sock-1' })]);
  });
});
