import { cliOptions } from './cli-options';

describe('cliOptions (npm run sim)', () => {
  it('defaults to port 8021, password ClueCon and ./etc-freeswitch on loopback', () => {
    expect(cliOptions([], {})).toEqual({
      confDir: './etc-freeswitch',
      host: '127.0.0.1',
      port: 8021,
      password: 'ClueCon',
    });
  });

  it('takes the environment, and flags over it', () => {
    const env = {
      FS_SIM_PORT: '9000',
      FS_SIM_PASSWORD: 'env',
      FS_SIM_CONF: '/conf',
      FS_SIM_HEARTBEAT_MS: '500',
    };
    expect(cliOptions(['--port', '9100', '--password=flag', '--control-port', '8022'], env)).toEqual({
      confDir: '/conf',
      host: '127.0.0.1',
      port: 9100,
      password: 'flag',
      heartbeatMs: 500,
      controlPort: 8022,
    });
  });

  it.each([[['--port', 'x']], [['--port', '70000']], [['--nope', '1']], [['--conf']]])(
    'rejects %j',
    (argv) => {
      expect(() => cliOptions(argv, {})).toThrow();
    },
  );
});
