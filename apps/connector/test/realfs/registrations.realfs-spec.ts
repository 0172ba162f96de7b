import { freeSipPort } from '@fscon/real-freeswitch';
import { LiveTestClient } from '../support/live-client';
import { CONTEXT_LOGINS } from './support/context-clients';
import { SIP_ACCOUNTS } from './support/demo-config';
import { describeRealFs } from './support/realfs';
import { startSipTestbed, type SipPhone, type SipTestbed } from './support/sip-testbed';
import { grantedExpires, type SipTransport } from './support/sipp';
import {
  listedRegistration,
  registrationEvent,
  sofiaRegistrations,
  unlistedRegistration,
} from './support/switch-registrations';

/**
 * What mod_sofia adds to a registration's expiry before dropping it: the test switch's
 * sip-expires-late-margin (FreeSWITCH's default is 60 s).
 */
const LATE_MARGIN_S = 5;
/** The late margin, and a check for expired registrations every second (FreeSWITCH's default is 30 s). */
const EXPIRY_VARS = {
  sip_expires_late_margin: String(LATE_MARGIN_S),
  registration_thread_frequency: '1',
};

describeRealFs('real FreeSWITCH: SIP registrations', () => {
  let testbed: SipTestbed;
  let live: LiveTestClient;
  let early: SipPhone;
  let earlySipcon: string;

  beforeAll(async () => {
    testbed = await startSipTestbed({ env: { LIVE_RECONCILE_MS: '0' }, vars: EXPIRY_VARS });
    early = {
      ...SIP_ACCOUNTS.teamuser2,
      transport: 'UDP',
      callId: `early-${process.pid}`,
      localPort: await freeSipPort(),
    };
    earlySipcon = (await testbed.register({ ...early, expires: 300 })).sipcon;
    await listedRegistration(testbed.system.freeswitch, early.callId);
    live = await LiveTestClient.open(testbed.system.connector.url, CONTEXT_LOGINS.team);
  }, 90_000);
  afterAll(async () => {
    await live?.close();
    await testbed?.stop();
  });

  it('lists a registration made before the client connected in initreg, and sends delReg when it unregisters', async () => {
    const reply = await live.ask({ req: 'initreg' }, (message) => message.event === 'reply');
    const registration = { id: '20001', regid: early.callId, sipcon: earlySipcon };
    expect(reply).toEqual({
      event: 'reply',
      reply: 'initreg',
      data: [registration],
      seq: expect.any(Number),
      epoch: expect.any(String),
    });
    expect(earlySipcon).toBe(`127.0.0.1:${early.localPort}`);

    const from = live.received.length;
    await testbed.register({ ...early, expires: 0 });
    const removed = await live.next(registrationEvent('delReg', early.callId), from);
    expect(removed).toEqual({ event: 'delReg', user: registration, seq: expect.any(Number) });
    await unlistedRegistration(testbed.system.freeswitch, early.callId);
  });

  it.each<[SipTransport, string]>([
    ['UDP', 'udp'],
    ['TCP', 'tcp'],
    ['TLS', 'tls'],
  ])(
    'registers over %s with Digest: addReg as the switch lists it, delReg on unregister',
    async (transport, proto) => {
      const registering: SipPhone = {
        ...SIP_ACCOUNTS.defaultuser,
        transport,
        callId: `${proto}-${process.pid}`,
        localPort: await freeSipPort(),
      };
      const from = live.received.length;
      const { sipcon } = await testbed.register({ ...registering, expires: 300 });
      const registration = { id: '20000', regid: registering.callId, sipcon };

      const added = await live.next(registrationEvent('addReg', registering.callId), from);
      expect(added).toEqual({ event: 'addReg', user: registration, seq: expect.any(Number) });
      const listed = await listedRegistration(testbed.system.freeswitch, registering.callId);
      expect(listed).toMatchObject({ reg_user: '20000', network_proto: proto });
      expect(`${listed.network_ip}:${listed.network_port}`).toBe(sipcon);
      const sofia = (await sofiaRegistrations(testbed.system.freeswitch)).find(
        (entry) => entry['Call-ID'] === registering.callId,
      );
      expect(sofia).toMatchObject({
        User: '20000@127.0.0.1',
        'Auth-User': '20000',
        Port: sipcon.split(':')[1],
      });
      expect(sofia!.Status).toMatch(new RegExp(`^Registered\\(${transport}\\)`));

      await testbed.register({ ...registering, expires: 0 });
      const removed = await live.next(registrationEvent('delReg', registering.callId), from);
      expect(removed).toEqual({ event: 'delReg', user: registration, seq: expect.any(Number) });
      await unlistedRegistration(testbed.system.freeswitch, registering.callId);
    },
  );

  it('sends delReg for a registration left to expire once the switch drops it, its Expires plus the late margin on', async () => {
    const registering: SipPhone = {
      ...SIP_ACCOUNTS.publicuser,
      transport: 'UDP',
      callId: `expiring-${process.pid}`,
      localPort: await freeSipPort(),
    };
    const from = live.received.length;
    const before = Math.floor(Date.now() / 1000);
    const { run, sipcon } = await testbed.register({ ...registering, expires: 5 });
    const after = Math.ceil(Date.now() / 1000);
    expect(grantedExpires(run, registering.localPort)).toBe(5);
    const registration = { id: '22000', regid: registering.callId, sipcon };
    expect(await live.next(registrationEvent('addReg', registering.callId), from)).toEqual({
      event: 'addReg',
      user: registration,
      seq: expect.any(Number),
    });
    const listed = await listedRegistration(testbed.system.freeswitch, registering.callId);
    expect(Number(listed.expires)).toBeGreaterThanOrEqual(before + 5 + LATE_MARGIN_S);
    expect(Number(listed.expires)).toBeLessThanOrEqual(after + 5 + LATE_MARGIN_S);

    const removed = await live.next(registrationEvent('delReg', registering.callId), from);
    expect(removed).toEqual({ event: 'delReg', user: registration, seq: expect.any(Number) });
    expect(Date.now() / 1000).toBeGreaterThanOrEqual(Number(listed.expires));
    await unlistedRegistration(testbed.system.freeswitch, registering.callId);
  }, 60_000);
});
