import { isEvent } from '../support/live-client';
import { eventually } from '../support/system';
import { messagesAbout, receivedSoFar } from './support/context-clients';
import { DEMO_CALLERS } from './support/demo-config';
import { control, exec, memexec } from './support/live-controls';
import { describeRealFs } from './support/realfs';
import { liveTestbed } from './support/live-testbed';
import { callersIn } from './support/switch-conferences';

describeRealFs('real FreeSWITCH: conference controls over /api/live', () => {
  const testbed = liveTestbed();

  it('locks, unlocks, mutes all, kicks one and kicks all for a friends user', async () => {
    const { clients, conferences, callers } = testbed;
    const from = receivedSoFar(clients);
    const friend = await callers.join('friends', DEMO_CALLERS.friend);
    const talker = await callers.join('friends', DEMO_CALLERS.talker);
    const member = await callers.join('friends', DEMO_CALLERS.member);
    await clients.friends.next(
      (m) => isEvent('newMember', 'friends_conf')(m) && m.event === 'newMember' && m.data.id === '22000',
    );
    const friends = clients.friends;

    expect(await control(friends, exec('friends_conf', 'lock'), isEvent('lock'))).toMatchObject({
      conference: 'friends_conf',
    });
    expect((await conferences.running('friends_conf')).locked).toBe(true);
    // a locked conference turns callers away: FreeSWITCH lets nobody in, and nobody joins live
    const fromLocked = friends.received.length;
    expect(await callers.call('friends', DEMO_CALLERS.moderator)).toMatch(/^\+OK/);
    await eventually(async () => expect(await conferences.channelCount()).toBe(6));
    expect(callersIn(await conferences.running('friends_conf'))).toHaveLength(3);
    expect(await control(friends, exec('friends_conf', 'unlock'), isEvent('unlock'))).toMatchObject({
      conference: 'friends_conf',
    });
    expect((await conferences.running('friends_conf')).locked).toBe(false);
    expect(messagesAbout(friends, 'friends_conf', fromLocked).map((m) => m.event)).toEqual(['unlock']);

    const beforeMuteAll = friends.received.length;
    expect(await control(friends, exec('friends_conf', 'muteall'), isEvent('muteAll'))).toMatchObject({
      conference: 'friends_conf',
    });
    expect(callersIn(await conferences.running('friends_conf')).map((m) => m.flags.can_speak)).toEqual([
      false,
      false,
      false,
    ]);
    // the members who could speak are reported muted; the one who joined muted already was
    for (const speaker of [friend, talker]) {
      await friends.next(
        (m) => isEvent('mute', 'friends_conf')(m) && m.event === 'mute' && m.data === String(speaker.id),
        beforeMuteAll,
      );
    }
    const mutes = messagesAbout(friends, 'friends_conf', beforeMuteAll).map((m) => ({
      event: m.event,
      data: 'data' in m ? m.data : undefined,
    }));
    expect(mutes).toEqual(
      expect.arrayContaining([
        { event: 'mute', data: String(friend.id) },
        { event: 'mute', data: String(talker.id) },
        { event: 'muteAll', data: undefined },
      ]),
    );
    expect(mutes).toHaveLength(3);

    const kicked = await control(friends, memexec('friends_conf', 'kick', member.id), isEvent('delMember'));
    expect(kicked).toMatchObject({ conference: 'friends_conf', data: String(member.id) });
    await eventually(async () =>
      expect(
        callersIn(await conferences.running('friends_conf'))
          .map((m) => m.id)
          .sort(),
      ).toEqual([friend.id, talker.id].sort()),
    );

    expect(await control(friends, exec('friends_conf', 'kickall'), isEvent('delConference'))).toMatchObject({
      conference: 'friends_conf',
    });
    await eventually(async () => expect(await conferences.conference('friends_conf')).toBeUndefined());

    expect(messagesAbout(clients.team, 'friends_conf', from.team)).toEqual(
      messagesAbout(friends, 'friends_conf', from.friends),
    );
    expect(messagesAbout(clients.public, 'friends_conf', from.public)).toEqual([]);
  });

  it('refuses controls a context may not send; team and friends users control a public conference', async () => {
    const { clients, conferences, callers } = testbed;
    await callers.join('team', DEMO_CALLERS.moderator);
    await callers.join('public', DEMO_CALLERS.member);
    await clients.public.next(isEvent('newConference', 'public_conf'));
    await clients.team.next(isEvent('newConference', 'team_g722'));

    expect(await clients.public.ask(exec('public_conf', 'lock'), (m) => m.event === 'error')).toEqual({
      event: 'error',
      error: 'users of context public may not control conferences',
      code: 'LIVE.FORBIDDEN',
    });
    expect(await clients.friends.ask(exec('team_g722', 'lock'), (m) => m.event === 'error')).toEqual({
      event: 'error',
      error: 'conference team_g722 is not running',
      code: 'LIVE.CONFERENCE_NOT_FOUND',
    });
    expect((await conferences.running('public_conf')).locked).toBe(false);
    expect((await conferences.running('team_g722')).locked).toBe(false);

    const from = receivedSoFar(clients);
    await control(clients.team, exec('public_conf', 'lock'), isEvent('lock', 'public_conf'));
    expect((await conferences.running('public_conf')).locked).toBe(true);
    await control(clients.friends, exec('public_conf', 'unlock'), isEvent('unlock', 'public_conf'));
    expect((await conferences.running('public_conf')).locked).toBe(false);
    for (const context of ['friends', 'public'] as const) {
      await clients[context].next(isEvent('unlock', 'public_conf'), from[context]);
      expect(messagesAbout(clients[context], 'public_conf', from[context]).map((m) => m.event)).toEqual([
        'lock',
        'unlock',
      ]);
    }
    expect(clients.team.received.filter((m) => m.event === 'error')).toEqual([]);
    expect(clients.friends.received.slice(from.friends).filter((m) => m.event === 'error')).toEqual([]);
  });
});
