import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const FILES = ['agent.pem', 'cafile.pem', 'wss.pem'] as const;

/**
 * Puts a self-signed certificate for 127.0.0.1 where FreeSWITCH's TLS and WSS listeners look:
 * agent.pem and wss.pem (certificate and key), cafile.pem (the certificate). The pair is made once
 * with openssl and kept in `<cacheDir>/tls`.
 */
export function installTestCertificates(certsDir: string, cacheDir: string): void {
  const made = join(cacheDir, 'tls');
  if (!FILES.every((file) => existsSync(join(made, file)))) makeCertificates(made);
  mkdirSync(certsDir, { recursive: true });
  FILES.forEach((file) => copyFileSync(join(made, file), join(certsDir, file)));
}

function makeCertificates(dir: string): void {
  const scratch = `${dir}.${process.pid}.partial`;
  mkdirSync(scratch, { recursive: true });
  const key = join(scratch, 'key.pem');
  const cert = join(scratch, 'cert.pem');
  const openssl = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], // prettier-ignore
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0) {
    throw new Error(`openssl could not make a test certificate: ${openssl.stderr || openssl.error}`);
  }
  const pair = readFileSync(cert, 'utf8') + readFileSync(key, 'utf8');
  writeFileSync(join(scratch, 'agent.pem'), pair);
  writeFileSync(join(scratch, 'wss.pem'), pair);
  copyFileSync(cert, join(scratch, 'cafile.pem'));
  try {
    renameSync(scratch, dir);
  } catch {
    rmSync(scratch, { recursive: true, force: true }); // another process made them first
  }
}
