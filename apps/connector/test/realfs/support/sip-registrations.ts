import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { RealFreeswitch } from '@fscon/real-freeswitch';

const SCENARIO = join(__dirname, 'sipp', 'register.xml');

export interface SipAccount {
  user: string;
  password: string;
}

/** A registration as `show registrations as json` lists it. */
export interface SwitchRegistration {
  reg_user: string;
  token: string;
  network_ip: string;
  network_port: string;
}

/** A phone: its SIP account, the loopback UDP port it sends from, and the Call-ID it registers under. */
export interface SipPhone {
  account: SipAccount;
  port: number;
  callId: string;
}

/**
 * REGISTERs the phone's user with the switch over UDP on loopback with SIPp (digest authentication);
 * `expires: 0` unregisters. Resolves once the switch answered 200.
 */
export function register(freeswitch: RealFreeswitch, phone: SipPhone, expires: number): Promise<void> {
  const { account, port, callId } = phone;
  const args = [
    '-sf', SCENARIO, `127.0.0.1:${freeswitch.ports.sip}`, '-t', 'u1', '-i', '127.0.0.1', '-p', String(port),
    '-s', account.user, '-au', account.user, '-ap', account.password,
    '-key', 'expires', String(expires), '-cid_str', callId,
    '-m', '1', '-timeout', '20s', '-timeout_error', '-nostdin',
  ]; // prettier-ignore
  return new Promise((resolve, reject) => {
    execFile('sipp', args, { timeout: 30_000 }, (error, stdout) =>
      error
        ? reject(
            new Error(`SIPp REGISTER of ${account.user} failed: ${error.message}\n${stdout.slice(-2000)}`),
          )
        : resolve(),
    );
  });
}

/** The switch's own list of registrations. */
export async function switchRegistrations(freeswitch: RealFreeswitch): Promise<SwitchRegistration[]> {
  const answer = JSON.parse(await freeswitch.api('show registrations as json')) as {
    rows?: SwitchRegistration[];
  };
  return answer.rows ?? [];
}
