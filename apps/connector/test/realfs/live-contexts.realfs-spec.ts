import { conferenceOf, isEvent, type Received } from '../support/live-client';
import { receivedSoFar, withoutSeq } from './support/context-clients';
import {
  CONTEXTS,
  DEMO_CALLERS,
  DEMO_CONFERENCES,
  VISIBLE_CONTEXTS,
  type DemoContext,
} from './support/demo-config';
import { firstJoin, liveConference, liveMember } from './support/expected-live';
import { describeRealFs } from './support/realfs';
import { liveTestbed } from './support/live-testbed';

const visibleNames = (context: DemoContext) =>
  VISIBLE_CONTEXTS[context].map((c): string => DEMO_CONFERENCES[c].name);

const deltas = (messages: Received[]) => messages.filter((m) => m.event !== 'reply' && m.event !== 'error');

describeRealFs('real FreeSWITCH: what each context sees live', () => {
  const testbed = liveTestbed();
  /** Puts the demo callers into one conference of each context and a second member into friends_conf. */
  const fill = async () => {
    const { callers } = testbed;
    const team = await callers.join('team', DEMO_CALLERS.moderator);
    const friends = await callers.join('friends', DEMO_CALLERS.friend);
    const open = await callers.join('public', DEMO_CALLERS.member);
    const guest = await callers.join('friends', DEMO_CALLERS.teamuser2);
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
      const expected = VISIBLE_CONTEXTS[context].map((c) => listed[c]).sort(byName);
      expect((await init(context)).sort(byName)).toEqual(expected);
    }
  });

  it('sends every delta to exactly the contexts that may see its conference, in one order', async () => {
    const { clients, callers } = testbed;
    const from = receivedSoFar(clients);
    const members = await fill();
    await clients.team.next(isEvent('newMember', 'friends_conf'), from.team);
    await callers.hangUp(members.guest);
    await clients.team.next(isEvent('delMember', 'friends_conf'), from.team);
    for (const context of ['team', 'friends'] as const) {
      await callers.hangUp(members[context]);
      await clients.team.next(isEvent('delConference', DEMO_CONFERENCES[context].name), from.team);
    }
    // public_conf ends last: everybody sees that, and the deltas of a client come in order
    await callers.hangUp(members.public);
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
    const seenBy = (name: string) => withoutSeq(team.filter((m) => conferenceOf(m) === name));
    for (const [name, list] of Object.entries(expected)) expect(seenBy(name)).toEqual(list);
    expect(team).toHaveLength(Object.values(expected).flat().length);
    for (const context of ['friends', 'public'] as const) {
      const seen = deltas(clients[context].received.slice(from[context]));
      expect(seen).toEqual(team.filter((m) => visibleNames(context).includes(conferenceOf(m) ?? '')));
    }
  });

  it('names a member whose caller id name is only its number as the directory names that user', async () => {
    const { clients, callers } = testbed;
    const from = clients.team.received.length;
    const member = await callers.join('team', { number: '20001', name: '20001', flags: 'mute-detect' });
    expect(member.caller_id_name).toBe('20001');
    const created = await clients.team.next(isEvent('newConference', 'team_g722'), from);
    expect(created.event === 'newConference' && created.data.members).toEqual([
      { ...liveMember(member), name: 'teamuser2' },
    ]);
  });
});
