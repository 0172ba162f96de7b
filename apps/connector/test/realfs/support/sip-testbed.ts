import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startRealSystem, type RealSystem, type RealSystemOptions } from './real-system';
import { Sipp, type Registering, type SippRun } from './sipp';
import { TlsRelay } from './tls-relay';

export interface SipTestbed {
  system: RealSystem;
  sipp: Sipp;
  relay: TlsRelay;
  /**
   * Registers (or unregisters, with Expires 0) through SIPp: over UDP and TCP to the switch's SIP port,
   * over TLS through the relay to its TLS port. Throws unless the switch answered 200; resolves with
   * SIPp's run and the address the switch saw it come from, as the live protocol writes it (`sipcon`).
   */
  register(registering: Omit<Registering, 'port'>): Promise<{ run: SippRun; sipcon: string }>;
  stop(): Promise<void>;
}

/** A real switch and connector, SIPp, and a TLS relay to the switch's TLS port. */
export async function startSipTestbed(options: RealSystemOptions = {}): Promise<SipTestbed> {
  const system = await startRealSystem(options);
  const sipp = new Sipp();
  const ca = readFileSync(join(system.freeswitch.root, 'certs', 'cafile.pem'));
  const relay = await TlsRelay.start(system.freeswitch.ports.tls, ca).catch(async (error: unknown) => {
    await system.stop();
    throw error;
  });
  return {
    system,
    sipp,
    relay,
    async register(registering) {
      const overTls = registering.transport === 'TLS';
      const port = overTls ? relay.port : system.freeswitch.ports.sip;
      const run = await sipp.registered({ ...registering, port });
      const sourcePort = overTls ? relay.tlsPorts.at(-1) : registering.localPort;
      return { run, sipcon: `127.0.0.1:${sourcePort}` };
    },
    async stop() {
      await sipp.stop();
      await relay.close();
      await system.stop();
    },
  };
}
