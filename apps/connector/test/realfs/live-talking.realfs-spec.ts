import { isEvent, type Received } from '../support/live-client';
import { eventually } from '../support/system';
import { messagesAbout, receivedSoFar } from './support/context-clients';
import { DEMO_CALLERS } from './support/demo-config';
import { control, memexec } from './support/live-controls';
import { describeRealFs } from './support/realfs';
import { liveTestbed } from './support/live-testbed';

const talkingOf = (confid: number) => (m: Received) =>
  (isEvent('talking', 'team_g722')(m) || isEvent('stoptalking', 'team_g722')(m)) &&
  (m as { data: unknown }).data === String(confid);

describeRealFs('real FreeSWITCH: who is talking over /api/live', () => {
  const testbed = liveTestbed();

  it('a caller with 1 s of tone and 1 s of silence talks and stops; a mute ends it for good', async () => {
    const { clients, callers } = testbed;
    const from = receivedSoFar(clients);
    const silent = await callers.join('team', DEMO_CALLERS.moderator);
    const flapper = await callers.join('team', { ...DEMO_CALLERS.talker, tone: '%(1000,1000,440)' });
    const talking = (event: 'talking' | 'stoptalking', after: number) =>
      clients.team.next((m) => talkingOf(flapper.id)(m) && m.event === event, after);

    await talking('talking', from.team);
    await talking('stoptalking', from.team);
    const again = clients.team.received.length;
    await talking('talking', again);
    expect(
      (await testbed.init('team'))[0]?.members.find((m) => m.confid === String(flapper.id)),
    ).toMatchObject({
      talking: true,
    });

    await control(clients.team, memexec('team_g722', 'mute', flapper.id), isEvent('mute'));
    const muted = clients.team.received.length;
    // two of its cadences: a talking would have come by now if a mute did not end it
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(clients.team.received.slice(muted).filter(talkingOf(flapper.id))).toEqual([]);
    await eventually(async () =>
      expect((await testbed.init('team'))[0]?.members.map((m) => [m.confid, m.talking])).toEqual(
        expect.arrayContaining([
          [String(flapper.id), false],
          [String(silent.id), false],
        ]),
      ),
    );

    const about = messagesAbout(clients.team, 'team_g722', from.team);
    expect(about.filter(talkingOf(silent.id))).toEqual([]);
    const flaps = about.filter(talkingOf(flapper.id)).map((m) => m.event);
    flaps.forEach((event, i) => expect(event).toBe(i % 2 === 0 ? 'talking' : 'stoptalking'));
    expect(messagesAbout(clients.friends, 'team_g722', from.friends)).toEqual([]);
    expect(messagesAbout(clients.public, 'team_g722', from.public)).toEqual([]);
  }, 60_000);
});
