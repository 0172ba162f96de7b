import { freeSipPort } from '@fscon/real-freeswitch';
import { LiveTestClient } from '../support/live-client';
import { CONTEXT_LOGINS } from './support/context-clients';
import { SIP_ACCOUNTS } from './support/demo-config';
import { describeRealFs } from './support/realfs';
import { startSipTestbed, type SipTestbed } from './support/sip-testbed';
import type { SipTransport } from './support/sipp';
import {
  listedRegistration,
  registrationEvent,
  switchRegistrations,
  unlistedRegistration,
} from './support/switch-registrations';

describeRealFs('real FreeSWITCH: SIP registrations with internal_tls_only', () => {
  let testbed: SipTestbed;
  let live: LiveTestClient;

  beforeAll(async () => {
    testbed = await startSipTestbed({
      vars: { internal_tls_only: 'true' },
      env: { LIVE_RECONCILE_MS: '0' },
    });
    live = await LiveTestClient.open(testbed.system.connector.url, CONTEXT_LOGINS.team);
  }, 90_000);
  afterAll(async () => {
    await live?.close();
    await testbed?.stop();
  });

  const plainAttempt = async (transport: SipTransport) =>
    testbed.attempt({
      ...SIP_ACCOUNTS.defaultuser,
      transport,
      callId: `plain-${transport.toLowerCase()}-${process.pid}`,
      localPort: await freeSipPort(),
      expires: 300,
      timeoutSeconds: 5,
    });

  it('answers no REGISTER over UDP or TCP, registers and unregisters over TLS', async () => {
    const from = live.received.length;
    const udp = await plainAttempt('UDP');
    expect(udp.exitCode).not.toBe(0);
    expect(udp.messages).toContain('REGISTER sip:127.0.0.1 SIP/2.0');
    expect(udp.messages).not.toContain('SIP/2.0 401');
    const tcp = await plainAttempt('TCP');
    expect(tcp.exitCode).not.toBe(0);
    expect(tcp.output).toContain('Connection refused');

    const tls = { ...SIP_ACCOUNTS.defaultuser, transport: 'TLS' as const, callId: `tls-${process.pid}` };
    const localPort = await freeSipPort();
    const { sipcon } = await testbed.register({ ...tls, localPort, expires: 300 });
    const registration = { id: '20000', regid: tls.callId, sipcon };
    const added = await live.next(registrationEvent('addReg', tls.callId), from);
    expect(added).toEqual({ event: 'addReg', user: registration, seq: expect.any(Number) });
    expect(live.received.slice(from).filter((message) => message.event === 'addReg')).toEqual([added]);
    const listed = await listedRegistration(testbed.system.freeswitch, tls.callId);
    expect(listed).toMatchObject({ reg_user: '20000', network_proto: 'tls' });
    expect(await switchRegistrations(testbed.system.freeswitch)).toEqual([listed]);

    await testbed.register({ ...tls, localPort, expires: 0 });
    const removed = await live.next(registrationEvent('delReg', tls.callId), from);
    expect(removed).toEqual({ event: 'delReg', user: registration, seq: expect.any(Number) });
    await unlistedRegistration(testbed.system.freeswitch, tls.callId);
  }, 60_000);
});
