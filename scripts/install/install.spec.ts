import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { StagedInstall } from './test-support/staged-install';

// each install.sh run copies the release and makes a certificate: seconds on a busy machine
jest.setTimeout(120_000);

function envFile(stage: StagedInstall): string {
  return readFileSync(stage.at('etc/fscon/fscon.env'), 'utf8');
}

function value(text: string, key: string): string | undefined {
  return new RegExp(`^${key}=(.*)$`, 'm').exec(text)?.[1];
}

describe('install.sh --root (staged, without root)', () => {
  let stage: StagedInstall;
  beforeEach(() => (stage = new StagedInstall()));
  afterEach(() => stage.remove());

  it('installs the connector, the settings, the configuration with one Event Socket password, TLS files and units', () => {
    const run = stage.install();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const file of [
      'opt/fscon/dist/connector.js',
      'opt/fscon/dist/web/index.html',
      'opt/fscon/package.json',
      'opt/fscon/node_modules/modesl/package.json',
      'opt/fscon/node_modules/swagger-ui-dist/package.json',
      'opt/fscon/node_modules/xml2js/package.json',
      'opt/fscon/libs/fs-xml/templates/conference-extension.xml.njk',
      'opt/fscon/scripts/wait-ready.sh',
      'etc/freeswitch/freeswitch.xml',
      'etc/systemd/system/freeswitch.service',
      'etc/systemd/system/fscon.service',
    ]) {
      expect(existsSync(stage.at(file))).toBe(true);
    }
    for (const file of ['agent.pem', 'cafile.pem', 'wss.pem', 'fullchain.pem']) {
      expect(readFileSync(stage.at(`etc/freeswitch/tls/${file}`), 'utf8')).toContain(
        '-----BEGIN CERTIFICATE-----',
      );
    }
    for (const file of ['agent.pem', 'wss.pem', 'privkey.pem']) {
      expect(readFileSync(stage.at(`etc/freeswitch/tls/${file}`), 'utf8')).toContain(
        '-----BEGIN PRIVATE KEY-----',
      );
    }
    const env = envFile(stage);
    const password = value(env, 'FSPW');
    expect(password).toMatch(/^[0-9a-f]{32}$/);
    expect(readFileSync(stage.at('etc/freeswitch/vars.xml'), 'utf8')).toContain(`data="es_pw=${password}"`);
    expect(readFileSync(stage.at('etc/freeswitch/vars.xml'), 'utf8')).toContain(
      'data="recordings_dir=/var/lib/fscon/recordings"',
    );
    expect(readFileSync(stage.at('etc/fs_cli.conf'), 'utf8')).toBe(
      `[default]\nhost => 127.0.0.1\nport => 8021\npassword => ${password}\n`,
    );
    expect(statSync(stage.at('etc/fs_cli.conf')).mode & 0o777).toBe(0o600);
    expect(readFileSync(stage.at('usr/local/bin/fs_cli'), 'utf8')).toContain(
      'LD_LIBRARY_PATH=/usr/local/freeswitch/lib exec /usr/local/freeswitch/bin/fs_cli "$@"\n',
    );
    expect(value(env, 'CONHOSTNAME')).toBe('fscon.test');
    expect(value(env, 'STATICPATH')).toBe('/var/lib/fscon/static');
  });

  it('keeps the configuration and the settings on a second run, adding only settings that are missing', () => {
    expect(stage.install().status).toBe(0);
    const vars = stage.at('etc/freeswitch/vars.xml');
    writeFileSync(vars, readFileSync(vars, 'utf8').replace('defconpin=0815', 'defconpin=4711'));
    const env = stage.at('etc/fscon/fscon.env');
    const password = value(envFile(stage), 'FSPW');
    writeFileSync(
      env,
      envFile(stage)
        .replace(/^CONHOSTNAME=.*$/m, 'CONHOSTNAME=conf.example.org')
        .replace(/^FASTIKEY=.*\n/m, ''),
    );
    appendFileSync(env, 'LIVE_PING_MS=20000\n');
    const certificate = readFileSync(stage.at('etc/freeswitch/tls/fullchain.pem'), 'utf8');

    const again = stage.install();

    expect(again.status).toBe(0);
    expect(again.stdout).toContain("keeping FreeSWITCH's configuration");
    expect(again.stdout).toContain('kept CONHOSTNAME');
    expect(again.stdout).toContain('added FASTIKEY');
    expect(readFileSync(vars, 'utf8')).toContain('defconpin=4711');
    const kept = envFile(stage);
    expect(value(kept, 'CONHOSTNAME')).toBe('conf.example.org');
    expect(value(kept, 'LIVE_PING_MS')).toBe('20000');
    expect(value(kept, 'FSPW')).toBe(password);
    expect(value(kept, 'FASTIKEY')).toBe('/etc/freeswitch/tls/privkey.pem');
    expect(readFileSync(stage.at('etc/freeswitch/tls/fullchain.pem'), 'utf8')).toBe(certificate);
  });

  it('takes the Event Socket password from an existing configuration when there is no settings file yet', () => {
    expect(stage.install().status).toBe(0);
    const vars = stage.at('etc/freeswitch/vars.xml');
    writeFileSync(vars, readFileSync(vars, 'utf8').replace(/es_pw=[^"]*/, 'es_pw=TheirOwn'));
    writeFileSync(stage.at('etc/fscon/fscon.env'), '');
    expect(stage.install().status).toBe(0);
    expect(value(envFile(stage), 'FSPW')).toBe('TheirOwn');
  });

  it('writes other paths into the units', () => {
    const run = stage.install('--app', '/srv/fscon', '--recordings', '/srv/rec', '--static', '/srv/static');
    expect(run.status).toBe(0);
    const fscon = readFileSync(stage.at('etc/systemd/system/fscon.service'), 'utf8');
    expect(fscon).toContain('ExecStartPost=/srv/fscon/scripts/wait-ready.sh');
    expect(fscon).toContain('ReadWritePaths=/etc/freeswitch /srv/rec /srv/static');
    expect(fscon).not.toContain('/opt/fscon');
    expect(readFileSync(stage.at('etc/systemd/system/freeswitch.service'), 'utf8')).toContain(
      '-recordings /srv/rec',
    );
    expect(existsSync(stage.at('srv/fscon/dist/connector.js'))).toBe(true);
  });

  it.each([
    [['--prefix', 'relative/dir'], 'paths must be absolute: relative/dir'],
    [['--tls-cert', '/etc/letsencrypt/live/x/fullchain.pem'], 'give --tls-cert and --tls-key together'],
    [['--static'], '--static needs a value'],
    [['--frobnicate'], 'unknown option: --frobnicate'],
  ])('refuses %j', (args, message) => {
    const run = stage.install(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`install: ${message}`);
    expect(existsSync(stage.at('etc'))).toBe(false);
  });
});
