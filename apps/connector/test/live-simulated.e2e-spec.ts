import { isEvent, type Received } from './support/live-client';
import { simulatedContexts } from './support/simulated-contexts';

const about = (conference: string) => (message: Received) =>
  JSON.stringify(message).includes(`"${conference}"`);

describe('/api/live driven by simulated callers and phones', () => {
  const contexts = simulatedContexts();

  it('follows a public conference from the first join to the last leave in every context', async () => {
    const { system, team, friends, everyone } = contexts;
    const calls = system.simulator.calls;
    const first = await calls.join({ number: '32000', user: '20000' });
    for (const client of [team, friends, everyone]) {
      const created = await client.next(isEvent('newConference', 'public_conf'));
      expect(created).toMatchObject({
        data: {
          name: 'public_conf',
          context: 'public',
          num: '32000',
          memcount: 1,
          members: [{ id: '20000' }],
        },
      });
    }
    const second = await calls.join({ number: '32000', user: '21000' });
    const third = await calls.join({ number: '32000', user: '22000' });
    const joined = await everyone.next(
      (m) => isEvent('newMember', 'public_conf')(m) && (m as { data: { id: string } }).data.id === '22000',
    );
    expect(joined).toMatchObject({ data: { name: 'publicuser', confid: String(third.memberId) } });

    await calls.talk(second.memberId);
    const floor = await friends.next(
      (m) => isEvent('floorchange', 'public_conf')(m) && (m as { data: { id?: string } }).data.id === '21000',
    );
    expect(floor).toMatchObject({ data: { confid: String(second.memberId) } });

    const member = String(second.memberId);
    team.send({ req: 'memexec', conference: 'public_conf', call: 'mute', member });
    expect(await everyone.next(isEvent('mute', 'public_conf'))).toMatchObject({ data: member });
    friends.send({ req: 'memexec', conference: 'public_conf', call: 'unmute', member });
    expect(await everyone.next(isEvent('unmute', 'public_conf'))).toMatchObject({ data: member });

    await calls.leave(second.memberId);
    expect(await everyone.next(isEvent('delMember', 'public_conf'))).toMatchObject({ data: member });
    team.send({ req: 'memexec', conference: 'public_conf', call: 'kick', member: String(third.memberId) });
    await everyone.next(
      (m) =>
        isEvent('delMember', 'public_conf')(m) && (m as { data: string }).data === String(third.memberId),
    );
    await calls.leave(first.memberId);
    for (const client of [team, friends, everyone]) {
      await client.next(isEvent('delConference', 'public_conf'));
      const init = await client.ask({ req: 'init' }, (m) => m.event === 'reply');
      expect(init).toMatchObject({ reply: 'init', data: [] });
    }
  });

  it('tells only the team about a team conference', async () => {
    const { system, team, friends, everyone } = contexts;
    const from = { friends: friends.received.length, everyone: everyone.received.length };
    const member = await system.simulator.calls.join({ number: '30000', user: '20001' });
    await team.next(isEvent('newConference', 'team_g722'));
    await system.simulator.calls.leave(member.memberId);
    await team.next(isEvent('delConference', 'team_g722'));
    const marker = await everyone.ask({ req: 'initreg' }, (m) => m.event === 'reply');
    expect(marker).toMatchObject({ reply: 'initreg' });
    await friends.ask({ req: 'initreg' }, (m) => m.event === 'reply');
    expect(friends.received.slice(from.friends).filter(about('team_g722'))).toEqual([]);
    expect(everyone.received.slice(from.everyone).filter(about('team_g722'))).toEqual([]);
  });

  it('shows registrations appearing, being removed and expiring', async () => {
    const { system, team, friends, everyone } = contexts;
    const calls = system.simulator.calls;
    await calls.register({ user: '20001', contact: '127.0.0.1:5071' });
    for (const client of [team, everyone]) {
      const added = await client.next(isEvent('addReg'));
      expect(added).toMatchObject({
        user: { id: '20001', sipcon: '127.0.0.1:5071', regid: expect.any(String) },
      });
    }
    const initreg = await friends.ask({ req: 'initreg' }, (m) => m.event === 'reply');
    expect((initreg as { data: { id: string }[] }).data.map((r) => r.id)).toEqual(['20001']);

    const fromRemoved = everyone.received.length;
    await calls.unregister('20001');
    expect(await everyone.next(isEvent('delReg'), fromRemoved)).toMatchObject({ user: { id: '20001' } });

    await calls.register({ user: '22000', contact: '127.0.0.1:5072', expires: 30 });
    await everyone.next((m) => isEvent('addReg')(m) && JSON.stringify(m).includes('"22000"'));
    const fromExpired = team.received.length;
    await calls.expire('22000');
    expect(await team.next(isEvent('delReg'), fromExpired)).toMatchObject({ user: { id: '22000' } });
    const after = await team.ask({ req: 'initreg' }, (m) => m.event === 'reply');
    expect(after).toMatchObject({ data: [] });
  });
});
