import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Environment } from '@fscon/fs-xml';
import { tlsFolder, type ContainerPaths, type StartLog } from './container-paths';
import { writeAtomically } from './localize-vars';
import { tlsFileSet } from './tls-file-set';

export const WORKINGCERTS = 'workingcerts';
const SOON_MS = 14 * 24 * 3600 * 1000;

/**
 * Fills the TLS folder. A Let's Encrypt pair in `live/$CRYPTDOM` (CONHOSTNAME when CRYPTDOM is not
 * set) is loaded while `workingcerts` is absent, which it then creates; without one, and without TLS
 * files already there, a self-signed pair is made. Either way the certificate in use is checked, and
 * one that is self-signed, expired or about to expire is said so in the log.
 */
export function installTlsFiles(
  paths: ContainerPaths,
  env: Environment,
  log: StartLog,
  now = Date.now(),
): void {
  const folder = tlsFolder(paths);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const domain = env.CRYPTDOM || env.CONHOSTNAME;
  const live = domain ? join(paths.letsencrypt, 'live', domain) : undefined;
  const marker = join(paths.switchConf, WORKINGCERTS);
  if (live && existsSync(join(live, 'fullchain.pem')) && existsSync(join(live, 'privkey.pem'))) {
    if (existsSync(marker)) {
      log.info(`${marker} exists: TLS files left as they are (remove it to load ${live} again)`);
    } else {
      writeSet(
        folder,
        readFileSync(join(live, 'fullchain.pem'), 'utf8'),
        readFileSync(join(live, 'privkey.pem'), 'utf8'),
      );
      writeFileSync(marker, '');
      log.info(`loaded the certificate of ${live} into ${folder}, and created ${marker}`);
    }
  } else if (!existsSync(join(folder, 'fullchain.pem')) || !existsSync(join(folder, 'privkey.pem'))) {
    const name = env.CONHOSTNAME || 'localhost';
    makeSelfSigned(folder, name);
    log.loud(
      `no certificate found${live ? ` in ${live}` : ''}: made a self-signed one for ${name} in ${folder}`,
    );
  }
  checkCertificate(join(folder, 'fullchain.pem'), log, now);
}

function writeSet(folder: string, fullchain: string, privkey: string): void {
  for (const [file, { text, mode }] of Object.entries(tlsFileSet(fullchain, privkey))) {
    writeAtomically(join(folder, file), text, mode);
  }
}

function makeSelfSigned(folder: string, name: string): void {
  const scratch = mkdtempSync(join(tmpdir(), 'fscon-tls-'));
  try {
    const [key, cert] = [join(scratch, 'key.pem'), join(scratch, 'cert.pem')];
    const san = /^[\d.]+$|:/.test(name) ? `IP:${name}` : `DNS:${name}`;
    const openssl = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '825', '-subj', `/CN=${name}`,
        '-addext', `subjectAltName=${san}`, '-keyout', key, '-out', cert], // prettier-ignore
      { encoding: 'utf8' },
    );
    if (openssl.status !== 0)
      throw new Error(`openssl could not make a certificate: ${openssl.stderr || openssl.error}`);
    writeSet(folder, readFileSync(cert, 'utf8'), readFileSync(key, 'utf8'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function checkCertificate(file: string, log: StartLog, now: number): void {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(readFileSync(file));
  } catch (error) {
    log.loud(`${file} cannot be read as a certificate: ${(error as Error).message}`);
    return;
  }
  const until = Date.parse(certificate.validTo);
  const subject = certificate.subject.replace(/\n/g, ', ');
  if (certificate.issuer === certificate.subject) {
    log.loud(`the certificate (${subject}) is self-signed: browsers and phones will not trust it`);
  }
  if (until < now) log.loud(`the certificate (${subject}) expired on ${certificate.validTo}`);
  else if (until < now + SOON_MS) log.loud(`the certificate (${subject}) expires on ${certificate.validTo}`);
  else log.info(`certificate: ${subject}, valid until ${certificate.validTo}`);
}
