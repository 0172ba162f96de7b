import { freeSipPort } from '@fscon/real-freeswitch';
import { isEvent, type Received } from '../support/live-client';
import { eventually } from '../support/system';
import { CONTEXTS, receivedSoFar } from './support/context-clients';
import { liveTestbed } from './support/live-testbed';
import { describeRealFs } from './support/realfs';
import { register, switchRegistrations, type SipPhone } from './support/sip-registrations';
import type { DemoContext } from './support/switch-conferences';

describeRealFs('real FreeSWITCH: SIP registrations over /api/live', () => {
  const testbed = liveTestbed();

  it('sends a registration to every context and lists it on initreg, as the switch has it', async () => {
    const { clients, system } = testbed;
    const phone: SipPhone = {
      account: { user: '20001', password: 'pw20001' },
      port: await freeSipPort(),
      callId: `fscon-realfs-${process.pid}@127.0.0.1`,
    };
    const registration = { id: '20001', regid: phone.callId, sipcon: `127.0.0.1:${phone.port}` };
    const initreg = async (context: DemoContext) =>
      (await clients[context].ask({ req: 'initreg' }, (m) => m.event === 'reply')) as Received & {
        data: unknown;
      };

    const from = receivedSoFar(clients);
    await register(system.freeswitch, phone, 300);
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
          network_port: String(phone.port),
        }),
      ]),
    );
    for (const context of CONTEXTS) expect((await initreg(context)).data).toEqual([registration]);

    await register(system.freeswitch, phone, 0);
    for (const context of CONTEXTS) {
      expect(await clients[context].next(isEvent('delReg'), from[context])).toMatchObject({
        user: registration,
      });
      expect((await initreg(context)).data).toEqual([]);
    }
    await eventually(async () => expect(await switchRegistrations(system.freeswitch)).toEqual([]));
  });
});
