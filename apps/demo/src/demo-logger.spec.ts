import { DemoLogger } from './demo-logger';

describe('DemoLogger', () => {
  it("leaves out Nest's route lines, provisioning counts and debug lines, and keeps the rest", () => {
    const written: string[] = [];
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((text) => {
      written.push(String(text));
      return true;
    });
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((text) => {
      written.push(String(text));
      return true;
    });
    try {
      const logger = new DemoLogger();
      logger.log('Mapped {/api/users, GET} route', 'RouterExplorer');
      logger.log('provisioning changes run: 10 users', 'Provisioning');
      logger.debug('a debug line', 'LiveState');
      logger.verbose('20001 registered', 'Demo');
      logger.log('xmlState read: 10 users', 'XmlState');
      logger.warn('provisioning failed for 20001', 'Provisioning');
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    const text = written.join('');
    expect(text).toContain('xmlState read: 10 users');
    expect(text).toContain('provisioning failed for 20001');
    for (const quiet of ['Mapped', 'provisioning changes run', 'a debug line', '20001 registered']) {
      expect(text).not.toContain(quiet);
    }
  });
});
