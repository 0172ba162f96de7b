import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installTlsFiles } from './tls-files';
import { recordingLog, testFolders } from './test-support/test-folders';

const FILES = ['agent.pem', 'cafile.pem', 'dtls-srtp.pem', 'fullchain.pem', 'privkey.pem', 'wss.pem'];

/** A Let's Encrypt live folder: fullchain.pem (a certificate for `name`, then a second one) and privkey.pem. */
function letsencryptPair(live: string, name: string): { fullchain: string; privkey: string } {
  mkdirSync(live, { recursive: true });
  const make = (cn: string, key: string, cert: string) =>
    spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '90', '-subj',
      `/CN=${cn}`, '-keyout', key, '-out', cert], { encoding: 'utf8' }); // prettier-ignore
  make(name, join(live, 'privkey.pem'), join(live, 'cert.pem'));
  make('Test Issuer', join(live, 'issuer-key.pem'), join(live, 'chain.pem'));
  const read = (file: string) => readFileSync(join(live, file), 'utf8');
  const fullchain = read('cert.pem') + read('chain.pem');
  writeFileSync(join(live, 'fullchain.pem'), fullchain);
  return { fullchain, privkey: read('privkey.pem') };
}

describe('installTlsFiles', () => {
  let folders: ReturnType<typeof testFolders>;
  beforeEach(() => (folders = testFolders()));
  afterEach(() => folders.remove());
  const tls = (file: string) => join(folders.switchConf, 'tls', file);
  const read = (file: string) => readFileSync(tls(file), 'utf8');

  it('makes a self-signed pair without a certificate and says so, and keeps it at the next start', () => {
    const log = recordingLog();
    installTlsFiles(folders, { CRYPTDOM: 'pbx.example.org', CONHOSTNAME: 'pbx.example.org' }, log);
    const live = join(folders.letsencrypt, 'live', 'pbx.example.org');
    expect(log.lines).toEqual([
      `LOUD no certificate found in ${live}: made a self-signed one for pbx.example.org in ${join(folders.switchConf, 'tls')}`,
      'LOUD the certificate (CN=pbx.example.org) is self-signed: browsers and phones will not trust it',
      expect.stringMatching(/^certificate: CN=pbx\.example\.org, valid until \w+ +\d+ [\d:]+ \d{4} GMT$/),
    ]);
    expect(FILES.filter((file) => existsSync(tls(file)))).toEqual(FILES);
    expect(read('agent.pem')).toBe(read('fullchain.pem') + read('privkey.pem'));
    expect(statSync(tls('privkey.pem')).mode & 0o777).toBe(0o600);
    const before = read('wss.pem');

    const again = recordingLog();
    installTlsFiles(folders, { CRYPTDOM: 'pbx.example.org' }, again);
    expect(read('wss.pem')).toBe(before);
    expect(again.lines).toEqual(log.lines.slice(1));
  });

  it("loads a Let's Encrypt pair once, and again when workingcerts is removed", () => {
    const live = join(folders.letsencrypt, 'live', 'pbx.example.org');
    const first = letsencryptPair(live, 'pbx.example.org');
    const log = recordingLog();
    installTlsFiles(folders, { CRYPTDOM: 'pbx.example.org' }, log);
    const marker = join(folders.switchConf, 'workingcerts');
    expect(log.lines[0]).toBe(
      `loaded the certificate of ${live} into ${join(folders.switchConf, 'tls')}, and created ${marker}`,
    );
    expect(read('fullchain.pem')).toBe(first.fullchain);
    expect(read('privkey.pem')).toBe(first.privkey);
    for (const pair of ['agent.pem', 'wss.pem', 'dtls-srtp.pem'])
      expect(read(pair)).toBe(first.fullchain + first.privkey);
    expect(read('cafile.pem')).toBe(readFileSync(join(live, 'chain.pem'), 'utf8'));

    const renewed = letsencryptPair(live, 'pbx.example.org');
    const kept = recordingLog();
    installTlsFiles(folders, { CRYPTDOM: 'pbx.example.org' }, kept);
    expect(kept.lines[0]).toBe(
      `${marker} exists: TLS files left as they are (remove it to load ${live} again)`,
    );
    expect(read('privkey.pem')).toBe(first.privkey);

    rmSync(marker);
    installTlsFiles(folders, { CRYPTDOM: 'pbx.example.org' }, recordingLog());
    expect(read('privkey.pem')).toBe(renewed.privkey);
    expect(read('agent.pem')).toBe(renewed.fullchain + renewed.privkey);
    expect(existsSync(marker)).toBe(true);
  });
});
