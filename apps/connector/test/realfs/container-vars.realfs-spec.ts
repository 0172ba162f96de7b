import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENV_SWITCH_VARS, readSwitchVars } from '@fscon/fs-xml';
import { freeSwitchPorts, freeTcpPort, RealFreeswitch, type SwitchPorts } from '@fscon/real-freeswitch';
import { localVarsFromEnv } from '../../../container/src/localize-vars';
import { REPO_ROOT } from '../support/fresh-build';
import { describeRealFs, installation } from './support/realfs';
import { REALFS_CACHE } from './support/realfs-paths';

/** Every variable the container takes, each with a value other than the shipped one. */
function containerEnv(ports: SwitchPorts, external: { sip: number; tls: number }, recordings: string) {
  return {
    DEFAULT_PASSWORD: 'dp"/><X-PRE-PROCESS cmd="set" data="es_pw=ClueCon"/>&$${es_pw}',
    DOMAIN: 'pbx.example.test',
    DOMAIN_NAME: 'conf.example.test',
    GLOBAL_CODEC_PREFS: 'PCMU,OPUS',
    OUTBOUND_CODEC_PREFS: 'PCMA,G722',
    EXTERNAL_RTP_IP: '192.0.2.10',
    EXTERNAL_SIP_IP: '192.0.2.11',
    INTERNAL_SIP_PORT: String(ports.sip),
    EXTERNAL_SIP_PORT: String(external.sip),
    SIP_TLS_VERSION: 'tlsv1.3',
    INTERNAL_TLS_PORT: String(ports.tls),
    INTERNAL_SSL_ENABLE: 'true',
    EXTERNAL_TLS_PORT: String(external.tls),
    EXTERNAL_SSL_ENABLE: 'true',
    SIP_TLS_CIPHERS: 'ECDHE+AESGCM:!aNULL',
    INTERNAL_TLS_ONLY: 'true',
    ES_LISTEN_IP: '127.0.0.1',
    ES_LISTEN_PORT: String(ports.eventSocket),
    ES_PW: `pw"<&'$\${domain}/>`,
    DEFCONPIN: '4711',
    MODCONPIN: '9876',
    RECORDINGSDIR: recordings,
    WSS_BINDING: `127.0.0.1:${ports.wss}`,
    RTP_START_PORT: String(ports.rtpStart),
    RTP_END_PORT: String(ports.rtpEnd),
    INVITE_GATEWAY: 'gw.example.test:5070',
  };
}

/** The globals of a vars.xml that the container's variables set, as values. */
function environmentGlobals(varsXml: string): Record<string, string> {
  const values = readSwitchVars(varsXml);
  return Object.fromEntries(ENV_SWITCH_VARS.map(({ name }) => [name, values[name]!]));
}

describeRealFs("real FreeSWITCH: the container's vars.xml with every variable set", () => {
  let freeswitch: RealFreeswitch;
  let env: Record<string, string>;
  let written: string;
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'fscon-container-vars-'));
    const ports = await freeSwitchPorts();
    env = containerEnv(ports, { sip: await freeTcpPort(), tls: await freeTcpPort() }, join(scratch, 'rec'));
    const shipped = join(REPO_ROOT, 'etc-freeswitch');
    const paths = { switchConf: '', shipped, letsencrypt: '', fsCliConf: '' };
    written = localVarsFromEnv(paths, env, { info: () => {}, loud: () => {} }).text;
    const overlay = join(scratch, 'overlay');
    mkdirSync(overlay);
    writeFileSync(join(overlay, 'vars.xml'), written);
    freeswitch = await RealFreeswitch.launch({
      installation: installation!,
      configuration: [shipped, overlay],
      cacheDir: REALFS_CACHE,
      ports,
      password: env.ES_PW,
      vars: environmentGlobals(written),
    });
  }, 60_000);
  afterAll(async () => {
    await freeswitch?.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('loads the file as the container wrote it, and answers the Event Socket password given', async () => {
    const loaded = readFileSync(join(freeswitch.confDir, 'vars.xml'), 'utf8');
    expect(loaded).toBe(
      written.replace(
        '<include>\n',
        '<include>\n  <X-PRE-PROCESS cmd="set" data="local_ip_v4=127.0.0.1"/>\n',
      ),
    );
    expect((await freeswitch.api('global_getvar es_listen_port')).trim()).toBe(env.ES_LISTEN_PORT);
  });

  it('holds every variable as a global, each value the one given where FreeSWITCH parses it', async () => {
    for (const { env: variable, name } of ENV_SWITCH_VARS) {
      const global = (await freeswitch.api(`global_getvar ${name}`)).replace(/\n$/, '');
      const parsed = readSwitchVars(`<X-PRE-PROCESS cmd="set" data="${name}=${global}"/>`)[name];
      expect({ [variable]: parsed }).toEqual({ [variable]: env[variable] });
    }
  });

  it('runs the SIP profile TLS only, with the ports, addresses and codecs given', async () => {
    const status = await freeswitch.api('sofia xmlstatus profile internal');
    const field = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(status)?.[1];
    expect({
      extSipIp: field('ext-sip-ip'),
      extRtpIp: field('ext-rtp-ip'),
      plainUrl: field('url'),
      codecsIn: field('inbound-codecs'),
      codecsOut: field('outbound-codecs'),
      tlsBindUrl: field('tls-bind-url'),
      wssBindUrl: field('wss-bind-url'),
    }).toEqual({
      extSipIp: '192.0.2.11',
      extRtpIp: '192.0.2.10',
      plainUrl: undefined,
      codecsIn: 'PCMU,OPUS',
      codecsOut: 'PCMA,G722',
      tlsBindUrl: `sips:mod_sofia@192.0.2.11:${env.INTERNAL_TLS_PORT};maddr=127.0.0.1;transport=tls`,
      wssBindUrl: `sips:mod_sofia@${env.WSS_BINDING};transport=wss`,
    });
  });

  it('gives the SIP profile the invite gateway given, one that does not register', async () => {
    const status = await freeswitch.api('sofia status gateway invite');
    expect(status).toMatch(/^Proxy\s+sip:gw\.example\.test:5070$/m);
    expect(status).toMatch(/^State\s+NOREG$/m);
  });

  it('gives the directory the domain and the moderators the pin given', async () => {
    expect((await freeswitch.api(`user_data 20000@${env.DOMAIN} var conpin`)).trim()).toBe(env.MODCONPIN);
  });
});
