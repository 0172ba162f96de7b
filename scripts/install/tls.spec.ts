import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'tls.sh');
const FILES = ['agent.pem', 'cafile.pem', 'wss.pem', 'fullchain.pem', 'privkey.pem'];

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { stdio: 'ignore' });
}

/** A new RSA key at `${base}.key` and, for `cn`, a self-signed certificate or (`-new`) a request. */
const newKeyAnd = (kind: '-x509' | '-new', base: string, cn: string, out: string) =>
  openssl(
    'req',
    kind,
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    `/CN=${cn}`,
    '-keyout',
    `${base}.key`,
    '-out',
    out,
  );

describe('tls.sh', () => {
  let dir: string;
  let tls: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fscon-tls-'));
    tls = join(dir, 'tls');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const read = (name: string) => readFileSync(join(tls, name), 'utf8');
  const subjects = (name: string) =>
    execFileSync(
      'sh',
      [
        '-c',
        `openssl crl2pkcs7 -nocrl -certfile "$1" | openssl pkcs7 -print_certs -noout`,
        '-',
        join(tls, name),
      ],
      {
        encoding: 'utf8',
      },
    )
      .split('\n')
      .filter((line) => line.startsWith('subject='));

  it('makes a self-signed certificate for the host name once, then keeps it', () => {
    const first = spawnSync(SCRIPT, [tls, 'conf.example.org'], { encoding: 'utf8' });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('made a self-signed certificate for conf.example.org');
    for (const name of FILES) expect(statSync(join(tls, name)).mode & 0o777).toBe(0o640);
    expect(subjects('fullchain.pem')).toEqual(['subject=CN = conf.example.org']);
    expect(read('cafile.pem')).toBe(read('fullchain.pem'));
    expect(read('agent.pem')).toBe(read('fullchain.pem') + read('privkey.pem'));
    const certificate = read('fullchain.pem');

    const second = spawnSync(SCRIPT, [tls, 'conf.example.org'], { encoding: 'utf8' });
    expect(second.stdout).toContain('keeping the certificate');
    expect(read('fullchain.pem')).toBe(certificate);
  });

  it("takes a certificate with its chain and key, as Let's Encrypt's live folder holds them", () => {
    const ca = join(dir, 'ca');
    const live = join(dir, 'live');
    newKeyAnd('-x509', ca, 'Test CA', `${ca}.pem`);
    newKeyAnd('-new', live, 'conf.example.org', `${live}.csr`);
    openssl(
      'x509',
      '-req',
      '-in',
      `${live}.csr`,
      '-CA',
      `${ca}.pem`,
      '-CAkey',
      `${ca}.key`,
      '-CAcreateserial',
      '-out',
      `${live}.pem`,
    );
    execFileSync('sh', ['-c', `cat "$1.pem" "$2.pem" > "$1-fullchain.pem"`, '-', live, ca]);
    spawnSync(SCRIPT, [tls, 'conf.example.org'], { encoding: 'utf8' });

    const result = spawnSync(SCRIPT, [tls, 'conf.example.org', `${live}-fullchain.pem`, `${live}.key`], {
      encoding: 'utf8',
    });

    expect(result.status).toBe(0);
    expect(subjects('fullchain.pem')).toEqual(['subject=CN = conf.example.org', 'subject=CN = Test CA']);
    expect(subjects('cafile.pem')).toEqual(['subject=CN = Test CA']);
    expect(subjects('wss.pem')).toEqual(['subject=CN = conf.example.org', 'subject=CN = Test CA']);
    expect(read('privkey.pem')).toBe(readFileSync(`${live}.key`, 'utf8'));
    expect(read('agent.pem').endsWith(read('privkey.pem'))).toBe(true);
  });

  it('refuses a key that does not belong to the certificate', () => {
    spawnSync(SCRIPT, [tls, 'conf.example.org'], { encoding: 'utf8' });
    const other = join(dir, 'other');
    newKeyAnd('-x509', other, 'other', `${other}.pem`);
    const before = read('fullchain.pem');
    const result = spawnSync(SCRIPT, [tls, 'h', `${other}.pem`, join(tls, 'privkey.pem')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `tls: ${join(tls, 'privkey.pem')} is not the key of the certificate in ${other}.pem\n`,
    );
    expect(read('fullchain.pem')).toBe(before);
  });

  it('refuses a certificate it cannot read, leaving the folder as it was', () => {
    const result = spawnSync(SCRIPT, [tls, 'h', join(dir, 'missing.pem'), join(dir, 'missing.key')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`tls: cannot read ${join(dir, 'missing.pem')}\n`);
    expect(spawnSync('ls', [tls], { encoding: 'utf8' }).stdout).toBe('');
  });
});
