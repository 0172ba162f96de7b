import { isEvent, type LiveTestClient, type Received } from './support/live-client';
import { simulatedContexts } from './support/simulated-contexts';

const talkingOf = (conference: string, confid: number) => (message: Received) =>
  (isEvent('talking', conference)(message) || isEvent('stoptalking', conference)(message)) &&
  (message as { data: unknown }).data === String(confid);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('/api/live: who is talking, coalesced', () => {
  const contexts = simulatedContexts();

  /** Waits until the client has seen every delta the journal will send now: a round trip after a window. */
  const settle = async (client: LiveTestClient) => {
    await pause(400);
    await client.ask({ req: 'initreg' }, (m) => m.event === 'reply');
  };
  const initMember = async (client: LiveTestClient, conference: string, confid: number) => {
    const reply = (await client.ask({ req: 'init' }, (m) => m.event === 'reply')) as {
      data: Array<{ name: string; members: Array<{ confid: string; talking: boolean }> }>;
    };
    return reply.data.find((c) => c.name === conference)?.members.find((m) => m.confid === String(confid));
  };

  it('sends a flapping talker at most 4 changes a second and ends on its newest state; init carries it', async () => {
    const { system, team } = contexts;
    const calls = system.simulator.calls;
    const first = await calls.join({ number: '30000', user: '20000' });
    const talker = await calls.join({ number: '30000', user: '20001' });
    const from = team.received.length;
    const started = Date.now();
    for (let flap = 0; flap < 20; flap++) {
      await calls.talk(talker.memberId, flap % 2 === 0);
      await pause(40);
    }
    await calls.talk(talker.memberId);
    const flapMs = Date.now() - started;
    await settle(team);
    const deltas = team.received.slice(from).filter(talkingOf('team_g722', talker.memberId));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.length).toBeLessThanOrEqual(Math.ceil((flapMs + 400) / 250) + 1);
    expect(deltas.at(-1)?.event).toBe('talking');
    deltas.forEach((delta, i) => i > 0 && expect(delta.event).not.toBe(deltas[i - 1]?.event));
    expect(await initMember(team, 'team_g722', talker.memberId)).toMatchObject({ talking: true });

    const beforeStop = team.received.length;
    await calls.talk(talker.memberId, false);
    await team.next(
      (m) => talkingOf('team_g722', talker.memberId)(m) && m.event === 'stoptalking',
      beforeStop,
    );
    expect(await initMember(team, 'team_g722', talker.memberId)).toMatchObject({ talking: false });
    await calls.leave(talker.memberId);
    await calls.leave(first.memberId);
    await team.next(isEvent('delConference', 'team_g722'), from);
  });

  it('keeps no held talking after a mute or a leave', async () => {
    const { system, team } = contexts;
    const calls = system.simulator.calls;
    const joining = team.received.length;
    const muted = await calls.join({ number: '30000', user: '20001' });
    // 20000 joins muted from its directory entry: here it joins unmuted
    const leaving = await calls.join({ number: '30000', user: { id: '20000', flags: 'moderator' } });
    await team.next(isEvent('newMember', 'team_g722'), joining);
    for (const member of [muted, leaving]) {
      const start = team.received.length;
      await calls.talk(member.memberId);
      await team.next(talkingOf('team_g722', member.memberId), start);
      await calls.talk(member.memberId, false);
      await team.next((m) => talkingOf('team_g722', member.memberId)(m) && m.event === 'stoptalking', start);
      // within the window that stoptalking opened: held
      await calls.talk(member.memberId);
    }
    const beforeMute = team.received.length;
    system.simulator.api(`conference team_g722 mute ${muted.memberId}`);
    await team.next(isEvent('mute', 'team_g722'), beforeMute);
    const afterMute = team.received.length;
    const beforeLeave = team.received.length;
    await calls.leave(leaving.memberId);
    await team.next(isEvent('delMember', 'team_g722'), beforeLeave);
    const afterLeave = team.received.length;
    await settle(team);
    expect(team.received.slice(afterMute).filter(talkingOf('team_g722', muted.memberId))).toEqual([]);
    expect(team.received.slice(afterLeave).filter(talkingOf('team_g722', leaving.memberId))).toEqual([]);
    expect(await initMember(team, 'team_g722', muted.memberId)).toMatchObject({ talking: false });
    const ending = team.received.length;
    await calls.leave(muted.memberId);
    await team.next(isEvent('delConference', 'team_g722'), ending);
  });

  it('tells each context about the talking of the conferences it may see, and no other', async () => {
    const { system, team, friends, everyone } = contexts;
    const calls = system.simulator.calls;
    const from = {
      team: team.received.length,
      friends: friends.received.length,
      everyone: everyone.received.length,
    };
    const inTeam = await calls.join({ number: '30000', user: '20001' });
    const inPublic = await calls.join({ number: '32000', user: '21000' });
    await calls.talk(inTeam.memberId);
    await calls.talk(inPublic.memberId);
    for (const [client, start] of [
      [team, from.team],
      [friends, from.friends],
      [everyone, from.everyone],
    ] as const)
      await client.next(talkingOf('public_conf', inPublic.memberId), start);
    await team.next(talkingOf('team_g722', inTeam.memberId), from.team);
    await settle(friends);
    await settle(everyone);
    expect(friends.received.slice(from.friends).filter(talkingOf('team_g722', inTeam.memberId))).toEqual([]);
    expect(everyone.received.slice(from.everyone).filter(talkingOf('team_g722', inTeam.memberId))).toEqual(
      [],
    );
    await calls.leave(inTeam.memberId);
    await calls.leave(inPublic.memberId);
    await everyone.next(isEvent('delConference', 'public_conf'));
  });
});
