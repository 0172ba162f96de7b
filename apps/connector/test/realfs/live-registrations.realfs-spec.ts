import { freeSipPort } from '@fscon/real-freeswitch';
import { isEvent, type Received } from '../support/live-client';
import { eventually } from '../support/system';
import { receivedSoFar } from './support/context-clients';
import { CONTEXTS, SIP_ACCOUNTS, type DemoContext } from './support/demo-config';
import { liveTestbed } from './support/live-testbed';
import { describeRealFs } from './support/realfs';
import { startSipPhones, type SipPhone, type SipPhones } from './support/sip-testbed';
import { switchRegistrations } from './support/switch-registrations';

describeRealFs('real FreeSWITCH: SIP registrations over /api/live', () => {
  const testbed = liveTestbed();
  let phones: SipPhones;

  beforeAll(async () => {
    phones = await startSipPhones(testbed.system.freeswitch);
  });
  afterAll(() => phones?.stop());

  it('sends a registration to every context and lists it on initreg, as the switch has it', async () => {
    const { clients, system } = testbed;
    const phone: SipPhone = {
      ...SIP_ACCOUNTS.teamuser2,
      transport: 'UDP',
      localPort: await freeSipPort(),
      callId: `fscon-realfs-${process.pid}@127.0.0.1`,
    };
    const registration = { id: '20001', regid: phone.callId, sipcon: `127.0.0.1:${phone.localPort}` };
    const initreg = async (context: DemoContext) =>
      (await clients[context].ask({ req: 'initreg' }, (m) => m.event === 'reply')) as Received & {
        data: unknown;
      };

    const from = receivedSoFar(clients);
    await phones.register({ ...phone, expires: 300 });
    for (const context of CONTEXTS) {
      expect(await clients[context].next(isEvent('addReg'), from[context])).toMatchObject({
        user: registration,
      });
    }
    await eventually(async () =>
      expect(await switchRegistrations(system.freeswitch)).toEqual([
        expect.objectContaining({
          reg_user: '20001',
          token: phone.callId,
          network_ip: '127.0.0.1',
          network_port: String(phone.localPort),
        }),
      ]),
    );
    for (const context of CONTEXTS) expect((await initreg(context)).data).toEqual([registration]);

    await phones.register({ ...phone, expires: 0 });
    for (const context of CONTEXTS) {
      expect(await clients[context].next(isEvent('delReg'), from[context])).toMatchObject({
        user: registration,
      });
      expect((await initreg(context)).data).toEqual([]);
    }
    await eventually(async () => expect(await switchRegistrations(system.freeswitch)).toEqual([]));
  });
});
