import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RealFreeswitch } from '@fscon/real-freeswitch';
import { startTlsRelay } from './tls-relay';
import { startRealSystem, type RealSystem, type RealSystemOptions } from './real-system';
import { Sipp, type Registering, type SippRun } from './sipp';

/** A REGISTER as a phone sends it: SipPhones choose the port it goes to by its transport. */
export type PhoneRegistering = Omit<Registering, 'port'>;
/** A phone: all of its REGISTER but the Expires. */
export type SipPhone = Omit<PhoneRegistering, 'expires'>;

/** Phones that register with a switch through SIPp: over UDP and TCP to its SIP port, over TLS through a relay. */
export interface SipPhones {
  /** Sends the REGISTER (or unregister, with Expires 0) and resolves with SIPp's run, whatever the answer. */
  attempt(registering: PhoneRegistering): Promise<SippRun>;
  /**
   * attempt(), and throws unless the switch answered 200; resolves with SIPp's run and the address the
   * switch saw it come from, as the live protocol writes it (`sipcon`).
   */
  register(registering: PhoneRegistering): Promise<{ run: SippRun; sipcon: string }>;
  stop(): Promise<void>;
}

export async function startSipPhones(freeswitch: RealFreeswitch): Promise<SipPhones> {
  const ca = readFileSync(join(freeswitch.root, 'certs', 'cafile.pem'));
  const relay = await startTlsRelay(freeswitch.ports.tls, ca);
  const sipp = new Sipp();
  const attempt = (registering: PhoneRegistering) =>
    sipp.register({
      ...registering,
      port: registering.transport === 'TLS' ? relay.port : freeswitch.ports.sip,
    });
  return {
    attempt,
    async register(registering) {
      const run = await attempt(registering);
      if (run.exitCode !== 0) {
        const { transport, callId, expires } = registering;
        throw new Error(
          `SIPp ${transport} REGISTER ${callId} (Expires ${expires}) exited with ${run.exitCode}:\n` +
            `${run.output}\n${run.messages}\n${relay.errors.join('\n')}`,
        );
      }
      const sourcePort = registering.transport === 'TLS' ? relay.tlsPorts.at(-1) : registering.localPort;
      return { run, sipcon: `127.0.0.1:${sourcePort}` };
    },
    async stop() {
      await sipp.stop();
      await relay.close();
    },
  };
}

/** A real switch and connector, with SipPhones for the switch. */
export interface SipTestbed extends SipPhones {
  system: RealSystem;
}

export async function startSipTestbed(options: RealSystemOptions = {}): Promise<SipTestbed> {
  const system = await startRealSystem(options);
  const phones = await startSipPhones(system.freeswitch).catch(async (error: unknown) => {
    await system.stop();
    throw error;
  });
  return {
    ...phones,
    system,
    async stop() {
      await phones.stop();
      await system.stop();
    },
  };
}
