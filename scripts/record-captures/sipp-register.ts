import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../apps/demo/src/conf-workspace';
import type { EslRecorder } from './esl-recorder';

const SIPP = '/usr/bin/sipp';
/** One REGISTER with Digest authentication (the realfs tests' scenario). */
const SCENARIO = join(REPO_ROOT, 'apps/connector/test/realfs/support/sipp/register.xml');

export interface SippRegistration {
  switchPort: number;
  localPort: number;
  user: string;
  password: string;
  callId: string;
  expires: number;
}

export interface SippRun {
  exitCode: number | null;
  /** SIPp's trace of the SIP messages sent and received. */
  messages: string;
}

/**
 * Runs SIPp once over UDP on loopback in a folder of its own (its message trace lands there), noting
 * its command line in the timeline; resolves when it has exited.
 */
export function sippRegister(esl: EslRecorder, registration: SippRegistration): Promise<SippRun> {
  const folder = mkdtempSync(join(tmpdir(), 'fscon-capture-sipp-'));
  const messageFile = 'messages.log';
  const args = [
    `127.0.0.1:${registration.switchPort}`, '-sf', SCENARIO, '-m', '1', '-nostdin',
    '-i', '127.0.0.1', '-p', String(registration.localPort), '-t', 'u1',
    '-s', registration.user, '-ap', registration.password, '-cid_str', registration.callId,
    '-key', 'expires', String(registration.expires), '-key', 'sip_transport', 'UDP',
    '-timeout', '15s', '-timeout_error', '-trace_msg', '-message_file', messageFile,
  ]; // prettier-ignore
  esl.note(
    `sipp ${args.join(' ').replace(SCENARIO, 'apps/connector/test/realfs/support/sipp/register.xml')}`,
  );
  const child = spawn(SIPP, args, { cwd: folder, stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => {
      const trace = join(folder, messageFile);
      const messages = existsSync(trace) ? readFileSync(trace, 'utf8') : '';
      rmSync(folder, { recursive: true, force: true });
      esl.note(`sipp exit ${exitCode}`);
      resolve({ exitCode, messages });
    });
  });
}
