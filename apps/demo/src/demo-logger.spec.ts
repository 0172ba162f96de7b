import { Writable } from 'node:stream';
import { DemoLogger, demoLogDestination } from './demo-logger';

function logSome(logger: DemoLogger): void {
  logger.log('Mapped {/api/users, GET} route', 'RouterExplorer');
  logger.log({ msg: 'GET /api/users 200 in 3 ms', status: 200 }, 'HTTP');
  logger.log('provisioning changes run: 10 users', 'Provisioning');
  logger.debug('a debug line', 'LiveState');
  logger.verbose('20001 registered', 'Demo');
  logger.log('xmlState read: 10 users', 'XmlState');
  logger.warn('provisioning failed for 20001', 'Provisioning');
}

describe('DemoLogger', () => {
  it("leaves out Nest's route lines, request lines, provisioning counts and debug lines, and keeps the rest", () => {
    const lines: string[] = [];
    logSome(new DemoLogger({ write: (line: string) => lines.push(line) }));
    expect(lines.map((line) => JSON.parse(line) as { context: string; msg: string })).toEqual([
      expect.objectContaining({ context: 'XmlState', msg: 'xmlState read: 10 users' }),
      expect.objectContaining({ context: 'Provisioning', msg: 'provisioning failed for 20001' }),
    ]);
  });

  it('writes readable lines, not JSON, to a terminal', () => {
    let text = '';
    const terminal = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    new DemoLogger(demoLogDestination(true, terminal)).log('xmlState read: 10 users', 'XmlState');
    expect(text).toMatch(/\d\d:\d\d:\d\d.*INFO.*\[XmlState\] xmlState read: 10 users/);
    expect(text).not.toContain('{');
  });
});
