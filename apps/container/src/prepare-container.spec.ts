import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readSwitchVars } from '@fscon/fs-xml';
import { ContainerConfigError } from './localize-vars';
import { prepareContainer } from './prepare-container';
import { recordingLog, testFolders } from './test-support/test-folders';

describe('prepareContainer', () => {
  let folders: ReturnType<typeof testFolders>;
  beforeEach(() => (folders = testFolders()));
  afterEach(() => folders.remove());
  const varsXml = () => readFileSync(join(folders.switchConf, 'vars.xml'), 'utf8');
  const shippedVars = () => readFileSync(join(folders.shipped, 'vars.xml'), 'utf8');

  it('seeds an empty volume, writes vars.xml from the environment and gives the connector the Event Socket', () => {
    const log = recordingLog();
    const env = { DOMAIN: 'pbx.example.org', ES_PW: 'es-secret', INTERNAL_TLS_ONLY: 'true' };
    expect(prepareContainer(folders, env, log)).toEqual({
      FSIP: '127.0.0.1',
      FSPORT: '8021',
      FSPW: 'es-secret',
    });
    const changed = new Map([
      ['domain', 'pbx.example.org'],
      ['es_pw', 'es-secret'],
      ['internal_tls_only', 'true'],
      ['sip_tls_version', 'tlsv1.2,tlsv1.3'],
    ]);
    const expected = shippedVars().replace(/data="([a-z_]+)=[^"]*"/g, (all, name: string) =>
      changed.has(name) ? `data="${name}=${changed.get(name)}"` : all,
    );
    expect(varsXml()).toBe(expected);
    expect(readdirSync(folders.switchConf).sort()).toEqual(
      [...readdirSync(folders.shipped), 'localvars', 'tls'].sort(),
    );
    expect(log.lines).toContain(`${folders.switchConf} was empty: copied the shipped configuration into it`);
    expect(log.lines).toContain(
      `wrote vars.xml from the environment, and ${join(folders.switchConf, 'localvars')}`,
    );
    expect(log.lines.filter((line) => line.includes('still has the default password "napw"'))).toHaveLength(
      1,
    );
  });

  it('generates an Event Socket password when ES_PW is not given and shares it only with the connector', () => {
    const log = recordingLog();
    const connectorEnv = prepareContainer(folders, {}, log);
    const { es_pw } = readSwitchVars(varsXml());
    expect(es_pw).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(connectorEnv.FSPW).toBe(es_pw);
    expect(readFileSync(folders.fsCliConf, 'utf8')).toBe(
      `[default]\nhost => 127.0.0.1\nport => 8021\npassword => ${es_pw}\n`,
    );
    expect(log.lines.join('\n')).not.toContain(es_pw);
    expect(log.lines).toContain(
      `wrote vars.xml from the environment with a newly generated Event Socket password, and ${join(folders.switchConf, 'localvars')}`,
    );
    expect(prepareContainer(folders, {}, recordingLog()).FSPW).toBe(es_pw);
  });

  it('leaves vars.xml alone while localvars exists, and writes it again once it is removed', () => {
    prepareContainer(folders, { DEFCONPIN: '1111' }, recordingLog());
    const log = recordingLog();
    prepareContainer(folders, { DEFCONPIN: '2222' }, log);
    expect(readSwitchVars(varsXml()).defconpin).toBe('1111');
    expect(log.lines[0]).toBe(
      `${join(folders.switchConf, 'localvars')} exists: vars.xml left as it is (remove localvars to write it from the environment)`,
    );
    rmSync(join(folders.switchConf, 'localvars'));
    prepareContainer(folders, { DEFCONPIN: '2222' }, recordingLog());
    expect(readSwitchVars(varsXml()).defconpin).toBe('2222');
  });

  it('refuses to start with one message naming every invalid variable, before touching anything', () => {
    const env = {
      INTERNAL_SIP_PORT: 'five',
      INTERNAL_SSL_ENABLE: 'yes',
      SIP_TLS_VERSION: 'sslv3',
      ES_PW: ' x ',
    };
    expect(() => prepareContainer(folders, env, recordingLog())).toThrow(
      new ContainerConfigError(
        [
          'refusing to start: 4 invalid variable(s)',
          '  INTERNAL_SIP_PORT="five" must be a port number from 1 to 65535',
          '  SIP_TLS_VERSION="sslv3" must be a comma-separated list of tlsv1, tlsv1.1, tlsv1.2, tlsv1.3',
          '  INTERNAL_SSL_ENABLE="yes" must be true or false',
          '  ES_PW must be at most 256 characters without control characters or surrounding spaces',
        ].join('\n'),
      ),
    );
    expect(existsSync(folders.switchConf)).toBe(false);
  });

  it('writes any value as the one attribute it is, which FreeSWITCH reads back unchanged', () => {
    const hostile = 'pw"/><X-PRE-PROCESS cmd="set" data="es_listen_ip=0.0.0.0"/>&$${es_pw}';
    prepareContainer(folders, { DEFAULT_PASSWORD: hostile }, recordingLog());
    const text = varsXml();
    expect(text.split('\n')).toHaveLength(shippedVars().split('\n').length);
    expect(readSwitchVars(text)).toMatchObject({ default_password: hostile, es_listen_ip: '127.0.0.1' });
    expect(text).toContain(
      'data="default_password=pw&quot;/&gt;&lt;X&#45;PRE&#45;PROCESS cmd=&quot;set&quot; data=&quot;es_listen_ip=0.0.0.0&quot;/&gt;&amp;&#36;&#36;{es_pw}"',
    );
  });
});
