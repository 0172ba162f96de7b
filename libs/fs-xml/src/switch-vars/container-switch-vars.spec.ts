import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeProblems, ENV_SWITCH_VARS, switchVarsFromEnv } from './container-switch-vars';
import { readSwitchVars } from './read-switch-vars';

const SHIPPED = readSwitchVars(readFileSync(join(__dirname, '../../../../etc-freeswitch/vars.xml'), 'utf8'));

const vars = (env: Record<string, string>) => switchVarsFromEnv(env, SHIPPED, 'generated-pw');

describe('switchVarsFromEnv', () => {
  it('names a global of the shipped vars.xml for every variable', () => {
    for (const { name } of ENV_SWITCH_VARS) expect(Object.keys(SHIPPED)).toContain(name);
  });

  it('sets only the safer defaults when nothing is given: TLS 1.2+ and the generated password', () => {
    expect(vars({})).toEqual({
      ok: true,
      values: { sip_tls_version: 'tlsv1.2,tlsv1.3', es_pw: 'generated-pw' },
      warnings: [],
    });
  });

  it('takes every given variable by its vars.xml name and treats an empty one as not given', () => {
    const result = vars({
      DOMAIN: 'pbx.example.org',
      ES_PW: 's3cret',
      INTERNAL_SIP_PORT: '5070',
      DEFCONPIN: '',
    });
    expect(result).toEqual({
      ok: true,
      values: {
        domain: 'pbx.example.org',
        es_pw: 's3cret',
        internal_sip_port: '5070',
        sip_tls_version: 'tlsv1.2,tlsv1.3',
      },
      warnings: [],
    });
  });

  it('names every invalid variable at once, without showing a secret', () => {
    const result = vars({
      DOMAIN: 'not a host',
      DOMAIN_NAME: '$${domain}',
      GLOBAL_CODEC_PREFS: 'OPUS,<G722>',
      EXTERNAL_RTP_IP: '300.1.1.1',
      INTERNAL_SIP_PORT: '70000',
      SIP_TLS_VERSION: 'sslv3',
      INTERNAL_SSL_ENABLE: 'yes',
      SIP_TLS_CIPHERS: 'ALL"/>',
      ES_LISTEN_IP: 'localhost',
      ES_PW: ' padded ',
      DEFCONPIN: '12a',
      RECORDINGSDIR: 'recordings',
      WSS_BINDING: '7443',
      INVITE_GATEWAY: 'sip:gw.example.org',
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.split(/[= ]/)[0])).toEqual([
      'DOMAIN', 'DOMAIN_NAME', 'GLOBAL_CODEC_PREFS', 'EXTERNAL_RTP_IP', 'INTERNAL_SIP_PORT', 'SIP_TLS_VERSION',
      'INTERNAL_SSL_ENABLE', 'SIP_TLS_CIPHERS', 'ES_LISTEN_IP', 'ES_PW', 'DEFCONPIN', 'RECORDINGSDIR', 'WSS_BINDING',
      'INVITE_GATEWAY',
    ]); // prettier-ignore
    expect(problems.join('\n')).not.toContain('padded');
    expect(problems[0]).toBe('DOMAIN="not a host" must be a host name or an IPv4 address');
    expect(describeProblems(problems.slice(0, 2))).toBe(
      [
        'refusing to start: 2 invalid variable(s)',
        '  DOMAIN="not a host" must be a host name or an IPv4 address',
        '  DOMAIN_NAME="$${domain}" must be a host name or an IPv4 address',
      ].join('\n'),
    );
  });

  it('refuses listeners on one port and an RTP range that ends before it starts', () => {
    const result = vars({ ES_LISTEN_PORT: '5060', WSS_BINDING: '127.0.0.1:3361', RTP_START_PORT: '40000' });
    expect(result).toEqual({
      ok: false,
      problems: [
        'INTERNAL_SIP_PORT, ES_LISTEN_PORT must not share port 5060',
        'INTERNAL_TLS_PORT, WSS_BINDING must not share port 3361',
        'RTP_START_PORT (40000) must be below RTP_END_PORT (32768)',
      ],
    });
  });

  it('accepts the forms FreeSWITCH takes for addresses, codecs and bindings', () => {
    const result = vars({
      DOMAIN: '192.0.2.10',
      EXTERNAL_RTP_IP: 'stun:stun.example.org:3478',
      EXTERNAL_SIP_IP: 'autonat:198.51.100.7',
      GLOBAL_CODEC_PREFS: 'opus@48000h@20i,G722,PCMU@20i',
      ES_LISTEN_IP: '::1',
      WSS_BINDING: '[::]:7443',
      ES_PW: 'p&"<$${x}/>',
      INVITE_GATEWAY: 'gw.example.org:5070',
    });
    expect(result.ok).toBe(true);
    expect(vars({ INVITE_GATEWAY: '192.0.2.20' }).ok).toBe(true);
  });

  it('warns when SIP over TLS allows versions before 1.2', () => {
    const result = vars({ SIP_TLS_VERSION: 'tlsv1,tlsv1.2' });
    expect(result).toMatchObject({
      ok: true,
      warnings: ['SIP_TLS_VERSION allows tlsv1, which are no longer safe'],
    });
  });
});
