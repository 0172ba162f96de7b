import { conferenceOf, isEvent, type Received } from '../support/live-client';
import { freeSipPort } from '@fscon/real-freeswitch';
import { eventually } from '../support/system';
import { receivedSoFar } from './support/context-clients';
import { DEMO_CALLERS } from './support/demo-callers';
import { firstJoin, liveConference, liveMember } from './support/expected-live';
import { describeRealFs } from './support/realfs';
import { liveTestbed } from './support/live-testbed';
import { register, switchRegistrations, type SipPhone } from './support/sip-registrations';
import { DEMO_CONFERENCES, type DemoContext } from './support/switch-conferences';

const CONTEXTS = ['team', 'friends', 'public'] as const;

/** The conferences each context may see (protocol: public to all, friends to friends and team). */
const VISIBLE: Record<DemoContext, readonly DemoContext[]> = {
  team: ['team', 'friends', 'public'],
  friends: ['friends', 'public'],
  public: ['public'],
};
const visibleNames = (context: DemoContext) => VISIBLE[context].map((c): string => DEMO_CONFERENCES[c].name);

const deltas = (messages: Received[]) => messages.filter((m) => m.event !== 'reply' && m.event !== 'error');

describeRealFs('real FreeSWITCH: what each context sees live', () => {
  const testbed = liveTestbed();
  /** Puts the demo callers into one conference of each context and a second member into friends_conf. */
  const fill = async () => {
    const { conferences } = testbed;
    const team = await conferences.join('team', DEMO_CALLERS.moderator);
    const friends = await conferences.join('friends', DEMO_CALLERS.friend);
    const open = await conferences.join('public', DEMO_CALLERS.member);
    const guest = await conferences.join('friends', DEMO_CALLERS.teamuser2);
    return { team, friends, public: open, guest };
  };
  afterEach(() => {
    for (const context of CONTEXTS) {
      expect(testbed.clients[context].received.filter((m) => m.event === 'error')).toEqual([]);
    }
  });

  it('answers init with exactly the conferences the context may see, as FreeSWITCH lists them', async () => {
    const { clients, conferences, init } = testbed;
    await fill();
    await clients.team.next(isEvent('newMember', 'friends_conf'));
    const listed = {} as Record<DemoContext, ReturnType<typeof liveConference>>;
    for (const context of CONTEXTS) {
      const { name } = DEMO_CONFERENCES[context];
      listed[context] = liveConference(context, await conferences.running(name));
    }
    for (const context of CONTEXTS) {
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
      const expected = VISIBLE[context].map((c) => listed[c]).sort(byName);
      expect((await init(context)).sort(byName)).toEqual(expected);
    }
  });

  it('sends every delta to exactly the contexts that may see its conference, in one order', async () => {
    const { clients, conferences } = testbed;
    const from = receivedSoFar(clients);
    const members = await fill();
    await clients.team.next(isEvent('newMember', 'friends_conf'), from.team);
    await conferences.hangUp(members.guest);
    await clients.team.next(isEvent('delMember', 'friends_conf'), from.team);
    for (const context of ['team', 'friends'] as const) {
      await conferences.hangUp(members[context]);
      await clients.team.next(isEvent('delConference', DEMO_CONFERENCES[context].name), from.team);
    }
    // public_conf ends last: everybody sees that, and the deltas of a client come in order
    await conferences.hangUp(members.public);
    for (const context of CONTEXTS)
      await clients[context].next(isEvent('delConference', 'public_conf'), from[context]);

    const team = deltas(clients.team.received.slice(from.team));
    const [moderator, friend, open, guest] = [
      members.team,
      members.friends,
      members.public,
      members.guest,
    ].map(liveMember);
    const expected: Record<string, object[]> = {
      team_g722: [
        { event: 'newConference', data: firstJoin('team', members.team) },
        { event: 'floorchange', conference: 'team_g722', data: moderator },
        { event: 'floorchange', conference: 'team_g722', data: {} },
        { event: 'delConference', conference: 'team_g722' },
      ],
      friends_conf: [
        { event: 'newConference', data: firstJoin('friends', members.friends) },
        { event: 'floorchange', conference: 'friends_conf', data: friend },
        { event: 'newMember', conference: 'friends_conf', data: guest },
        { event: 'delMember', conference: 'friends_conf', data: guest!.confid },
        { event: 'floorchange', conference: 'friends_conf', data: {} },
        { event: 'delConference', conference: 'friends_conf' },
      ],
      public_conf: [
        { event: 'newConference', data: firstJoin('public', members.public) },
        { event: 'floorchange', conference: 'public_conf', data: open },
        { event: 'floorchange', conference: 'public_conf', data: {} },
        { event: 'delConference', conference: 'public_conf' },
      ],
    };
    const withoutSeq = (messages: Received[]) => messages.map(({ seq: _, ...message }) => message);
    const seenBy = (name: string) => withoutSeq(team.filter((m) => conferenceOf(m) === name));
    for (const [name, list] of Object.entries(expected)) expect(seenBy(name)).toEqual(list);
    expect(team).toHaveLength(Object.values(expected).flat().length);
    for (const context of ['friends', 'public'] as const) {
      const seen = deltas(clients[context].received.slice(from[context]));
      expect(seen).toEqual(team.filter((m) => visibleNames(context).includes(conferenceOf(m) ?? '')));
    }
  });

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
