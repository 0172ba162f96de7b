import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeSipPort, guardAgainstOrphan, udpPortFree } from '@fscon/real-freeswitch';
import { eventually } from '../../support/system';

/** How the REGISTER travels. TLS goes as TCP to a TLS relay, which carries it on over TLS. */
export type SipTransport = 'UDP' | 'TCP' | 'TLS';

export interface Registering {
  /** Where SIPp sends to on 127.0.0.1: the switch's SIP port, or a TLS relay's port for TLS. */
  port: number;
  transport: SipTransport;
  user: string;
  password: string;
  callId: string;
  /** The Expires header; 0 unregisters. */
  expires: number;
  /** SIPp's own port on 127.0.0.1: its Contact, and its source over UDP and TCP. */
  localPort: number;
  /** How long SIPp waits for the switch before it gives up (default 10 s). */
  timeoutSeconds?: number;
}

export interface SippRun {
  exitCode: number | null;
  /** The SIP messages sent and received (SIPp's message trace). */
  messages: string;
  /** What SIPp printed, its errors included. */
  output: string;
}

const SIPP = '/usr/bin/sipp';
const REGISTER_SCENARIO = join(__dirname, 'sipp', 'register.xml');

/** How a phone takes one INVITE: `answer` (G722, until the switch hangs up), `busy` (486), `ring` (until cancelled). */
export type PhoneScenario = 'answer' | 'busy' | 'ring';

/** Runs SIPp against a switch on loopback, one scenario run at a time, and kills what still runs. */
export class Sipp {
  private readonly logDir = mkdtempSync(join(tmpdir(), 'fscon-sipp-'));
  private readonly running = new Set<ChildProcess>();
  private runs = 0;

  /** A REGISTER (or unregister) with Digest authentication; resolves when SIPp has exited. */
  register(registering: Registering): Promise<SippRun> {
    const messageFile = join(this.logDir, `${++this.runs}-${registering.callId}.messages.log`);
    const args = [
      `127.0.0.1:${registering.port}`,
      ...['-sf', REGISTER_SCENARIO, '-m', '1', '-nostdin'],
      ...['-i', '127.0.0.1', '-bind_local', '-p', String(registering.localPort)],
      ...['-t', registering.transport === 'UDP' ? 'u1' : 't1'],
      ...['-s', registering.user, '-ap', registering.password, '-cid_str', registering.callId],
      ...['-key', 'expires', String(registering.expires), '-key', 'sip_transport', registering.transport],
      ...['-timeout', `${registering.timeoutSeconds ?? 10}s`, '-timeout_error'],
      ...['-trace_msg', '-message_file', messageFile],
    ];
    return this.run(args, messageFile);
  }

  /**
   * A phone on 127.0.0.1:`localPort` that takes one INVITE as the scenario says; resolves once SIPp
   * listens there, with the promise of its run's end.
   */
  async phone(scenario: PhoneScenario, localPort: number): Promise<{ ended: Promise<SippRun> }> {
    const messageFile = join(this.logDir, `${++this.runs}-${scenario}-${localPort}.messages.log`);
    const args = [
      ...['-sf', join(__dirname, 'sipp', `${scenario}.xml`), '-m', '1', '-nostdin'],
      ...['-i', '127.0.0.1', '-p', String(localPort), '-mp', String(await freeSipPort())],
      ...['-timeout', '60s', '-timeout_error', '-trace_msg', '-message_file', messageFile],
    ];
    const ended = this.run(args, messageFile);
    await eventually(async () => expect(await udpPortFree(localPort)).toBe(false));
    return { ended };
  }

  /** Kills every SIPp still running and deletes the logs. */
  async stop(): Promise<void> {
    await Promise.all(
      [...this.running].map(
        (child) =>
          new Promise<void>((resolve) => {
            child.once('close', () => resolve());
            child.kill('SIGKILL');
          }),
      ),
    );
    rmSync(this.logDir, { recursive: true, force: true });
  }

  private run(args: string[], messageFile: string): Promise<SippRun> {
    const child = spawn(SIPP, args, { cwd: this.logDir, stdio: ['ignore', 'pipe', 'pipe'] });
    guardAgainstOrphan(child);
    this.running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (exitCode) => {
        this.running.delete(child);
        const messages = existsSync(messageFile) ? readFileSync(messageFile, 'utf8') : '';
        resolve({ exitCode, messages, output });
      });
    });
  }
}

/** The expiry the switch granted the contact on `localPort`, from the Contact of its 200 answer. */
export function grantedExpires(run: SippRun, localPort: number): number | undefined {
  const granted = new RegExp(`^Contact: <[^>]*:${localPort};[^>]*>;expires=(\\d+)`, 'gm');
  const last = [...run.messages.matchAll(granted)].at(-1);
  return last ? Number(last[1]) : undefined;
}
