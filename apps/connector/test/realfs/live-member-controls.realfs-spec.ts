import { isEvent, type Received } from '../support/live-client';
import { eventually } from '../support/system';
import { isTalkingDelta, messagesAbout, receivedSoFar, withoutSeq } from './support/context-clients';
import { DEMO_CALLERS } from './support/demo-config';
import { firstJoin, liveMember } from './support/expected-live';
import { control, memexec } from './support/live-controls';
import { describeRealFs } from './support/realfs';
import { liveTestbed } from './support/live-testbed';
import { callersIn } from './support/switch-conferences';

const isFloorFor = (conference: string, confid: number) => (m: Received) =>
  isEvent('floorchange', conference)(m) &&
  m.event === 'floorchange' &&
  'confid' in m.data &&
  m.data.confid === String(confid);

describeRealFs('real FreeSWITCH: member controls and the floor over /api/live', () => {
  const testbed = liveTestbed();

  it('mutes, unmutes and kicks a member for a team user; the talking member takes the floor', async () => {
    const { clients, conferences, callers } = testbed;
    const from = receivedSoFar(clients);
    const moderator = await callers.join('team', DEMO_CALLERS.moderator);
    await clients.team.next(isFloorFor('team_g722', moderator.id));
    const talker = await callers.join('team', DEMO_CALLERS.talker);
    // FreeSWITCH gives the floor on the tone's first words: the floor-change says it talks
    expect(await clients.team.next(isFloorFor('team_g722', talker.id))).toMatchObject({
      data: { ...liveMember(talker), talking: true },
    });
    await eventually(async () =>
      expect((await conferences.member('team_g722', '20001')).flags.has_floor).toBe(true),
    );

    const muted = await control(clients.team, memexec('team_g722', 'mute', talker.id), isEvent('mute'));
    expect(muted).toMatchObject({ event: 'mute', conference: 'team_g722', data: String(talker.id) });
    expect((await conferences.member('team_g722', '20001')).flags.can_speak).toBe(false);
    const unmuted = await control(clients.team, memexec('team_g722', 'unmute', talker.id), isEvent('unmute'));
    expect(unmuted).toMatchObject({ event: 'unmute', conference: 'team_g722', data: String(talker.id) });
    expect((await conferences.member('team_g722', '20001')).flags.can_speak).toBe(true);

    // the floor holder leaves: the floor is empty, then FreeSWITCH gives it to the member who remains
    await control(clients.team, memexec('team_g722', 'kick', talker.id), isEvent('delMember'));
    await eventually(async () =>
      expect((await conferences.member('team_g722', '20000')).flags.has_floor).toBe(true),
    );
    await eventually(async () =>
      expect((await testbed.init('team'))[0]?.floor).toEqual(liveMember(moderator)),
    );
    expect(callersIn(await conferences.running('team_g722'))).toHaveLength(1);
    await callers.hangUp(moderator);
    await clients.team.next(isEvent('delConference', 'team_g722'), from.team);

    const [first, second] = [liveMember(moderator), { ...liveMember(talker), talking: false }];
    const conference = 'team_g722';
    const about = messagesAbout(clients.team, conference, from.team);
    // the tone talks from its join, and again from its unmute when FreeSWITCH hears it before the kick;
    // a mute ends its talking without a stop-talking
    const talking = withoutSeq(about.filter(isTalkingDelta));
    expect(talking[0]).toEqual({ event: 'talking', conference, data: second.confid });
    expect(new Set(talking.map((m) => JSON.stringify(m)))).toEqual(new Set([JSON.stringify(talking[0])]));
    expect(withoutSeq(about.filter((m) => !isTalkingDelta(m)))).toEqual([
      { event: 'newConference', data: firstJoin('team', moderator) },
      { event: 'floorchange', conference, data: first },
      { event: 'newMember', conference, data: second },
      { event: 'floorchange', conference, data: { ...second, talking: true } },
      { event: 'mute', conference, data: second.confid },
      { event: 'unmute', conference, data: second.confid },
      { event: 'floorchange', conference, data: {} },
      { event: 'delMember', conference, data: second.confid },
      { event: 'floorchange', conference, data: first },
      { event: 'floorchange', conference, data: {} },
      { event: 'delConference', conference },
    ]);
    expect(messagesAbout(clients.friends, conference, from.friends)).toEqual([]);
    expect(messagesAbout(clients.public, conference, from.public)).toEqual([]);
  });
});
