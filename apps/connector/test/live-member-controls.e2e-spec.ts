import { join } from 'node:path';
import { writeSilentWav } from '@fscon/fs-simulator';
import { isEvent } from './support/live-client';
import { control, controlTestbed } from './support/simulated-controls';
import { eventually } from './support/system';

interface ListedMember {
  id: number;
  flags: { can_hear: boolean };
  energy: number;
  volume_in: number;
  volume_out: number;
}

describe('/api/live: member controls, play and PIN carried out by the simulated FreeSWITCH', () => {
  const testbed = controlTestbed();
  const { calls, dialIn } = testbed;
  /** The member as the simulator's `conference <name> json_list` shows it. */
  const listed = (conference: string, member: string): ListedMember | undefined => {
    const answer = testbed.system.simulator.api(`conference ${conference} json_list`);
    if (answer.startsWith('-ERR')) return undefined;
    const [found] = JSON.parse(answer) as Array<{ members: ListedMember[] }>;
    return found.members.find((m) => String(m.id) === member);
  };
  const memexec = (conference: string, member: string, call: string, fields: object = {}) => ({
    req: 'memexec',
    conference,
    member,
    call,
    ...fields,
  });

  afterEach(async () => {
    for (const member of calls().members()) await calls().leave(member.memberId);
  });

  it('deafens, undeafens, sets both volumes and the energy level of a member', async () => {
    await dialIn('31000', '21000', 'friends_conf');
    const member = await dialIn('31000', '20001', 'friends_conf');
    const on = (call: string, fields?: object) => memexec('friends_conf', member, call, fields);

    expect(await control(testbed.friends, on('deaf'), isEvent('deaf'))).toMatchObject({ data: member });
    expect(listed('friends_conf', member)?.flags.can_hear).toBe(false);
    expect(await control(testbed.friends, on('undeaf'), isEvent('undeaf'))).toMatchObject({ data: member });
    expect(listed('friends_conf', member)?.flags.can_hear).toBe(true);

    expect(await control(testbed.friends, on('volume_in', { value: 2 }), isEvent('volume'))).toEqual(
      expect.objectContaining({ event: 'volume', data: member, volume_in: 2, volume_out: 0 }),
    );
    expect(await control(testbed.friends, on('volume_out', { value: -4 }), isEvent('volume'))).toEqual(
      expect.objectContaining({ data: member, volume_in: 2, volume_out: -4 }),
    );
    expect(await control(testbed.friends, on('energy', { value: 500 }), isEvent('energy'))).toEqual(
      expect.objectContaining({ event: 'energy', data: member, energy: 500 }),
    );
    expect(listed('friends_conf', member)).toMatchObject({ volume_in: 2, volume_out: -4, energy: 500 });

    expect(await testbed.friends.ask({ req: 'init' }, (m) => m.event === 'reply')).toMatchObject({
      data: [
        expect.objectContaining({
          name: 'friends_conf',
          members: expect.arrayContaining([
            expect.objectContaining({
              confid: member,
              deaf: false,
              volume_in: 2,
              volume_out: -4,
              energy: 500,
            }),
          ]),
        }),
      ],
    });
  });

  it('transfers a member to a conference that is not running: it starts with its own type', async () => {
    await dialIn('30000', '20000', 'team_g722');
    const member = await dialIn('30000', '20001', 'team_g722');
    const from = testbed.team.received.length;
    await control(
      testbed.team,
      memexec('team_g722', member, 'transfer', { target: 'friends_conf' }),
      isEvent('newConference', 'friends_conf'),
    );
    const deltas = testbed.team.received
      .slice(from)
      .map((m) => [m.event, (m as { conference?: string }).conference]);
    expect(deltas).toEqual(
      expect.arrayContaining([
        ['delMember', 'team_g722'],
        ['newConference', undefined],
      ]),
    );
    const created = testbed.team.received.slice(from).find(isEvent('newConference'));
    expect(created).toMatchObject({
      data: { name: 'friends_conf', type: '16kHz-novideo', members: [{ confid: member }] },
    });
    expect(listed('friends_conf', member)).toBeDefined();
    expect(listed('team_g722', member)).toBeUndefined();
    const answer = testbed.system.simulator.api('conference list');
    expect(answer).toContain('+OK Conference friends_conf (1 member rate: 16000');
  });

  it("plays a file from the configuration's sounds folder to a member and to the conference", async () => {
    const member = await dialIn('30000', '20000', 'team_g722');
    const sounds = join(testbed.system.simulator.api('global_getvar conf_dir').trim(), 'sounds');
    writeSilentWav(join(sounds, 'fscon', '16000', 'hello.wav'), 16000, 3200);
    const file = 'fscon/16000/hello.wav';
    const errors = testbed.team.received.length;
    testbed.team.send(memexec('team_g722', member, 'play', { file }));
    testbed.team.send({ req: 'exec', conference: 'team_g722', call: 'play', file });
    await eventually(() =>
      expect(calls().playedFiles('team_g722')).toContain(join(sounds, 'fscon', '16000', 'hello.wav')),
    );
    const refused = await control(
      testbed.team,
      { req: 'exec', conference: 'team_g722', call: 'play', file: 'fscon/16000/nosuch.wav' },
      (m) => m.event === 'error',
    );
    expect(refused).toEqual({
      event: 'error',
      error: `-ERR (play) File: ${join(sounds, 'fscon/16000/nosuch.wav')} not found.`,
      code: 'LIVE.FREESWITCH_FAILED',
    });
    expect(testbed.team.received.slice(errors).filter((m) => m.event === 'error')).toEqual([refused]);
  });

  it('sets the PIN asked of the next joiners, and removes it', async () => {
    await dialIn('30000', '20000', 'team_g722');
    const pin = (value: unknown) => ({ req: 'exec', conference: 'team_g722', call: 'pin', pin: value });
    const stranger = { number: '30000', user: { id: '20009', name: 'stranger' }, context: 'team' };
    /** Whether a caller gets in without keying in a PIN; one who does leaves again. */
    const getsInWithoutPin = async () => {
      const joined = await calls()
        .join(stranger)
        .catch(() => undefined);
      if (joined) await calls().leave(joined.memberId);
      return joined !== undefined;
    };
    expect(await control(testbed.team, pin('12a'), (m) => m.event === 'error')).toMatchObject({
      code: 'LIVE.INVALID',
    });
    expect(await control(testbed.team, pin(4711), (m) => m.event === 'error')).toEqual({
      event: 'error',
      error: 'wrong protocol',
      code: 'LIVE.WRONG_PROTOCOL',
    });

    testbed.team.send(pin('4711'));
    await eventually(async () => expect(await getsInWithoutPin()).toBe(false));
    const { memberId } = await calls().join({ ...stranger, pin: '4711' });
    await testbed.team.next(isEvent('newMember', 'team_g722'));
    await calls().leave(memberId);
    testbed.team.send(pin(''));
    await eventually(async () => expect(await getsInWithoutPin()).toBe(true));
  });

  it.each([
    [{ call: 'volume_in' }, 'LIVE.WRONG_PROTOCOL'],
    [{ call: 'volume_in', value: 'loud' }, 'LIVE.WRONG_PROTOCOL'],
    [{ call: 'volume_in', value: 5 }, 'LIVE.INVALID'],
    [{ call: 'energy', value: -1 }, 'LIVE.INVALID'],
    [{ call: 'transfer' }, 'LIVE.WRONG_PROTOCOL'],
    [{ call: 'transfer', target: 'nosuch' }, 'LIVE.INVALID'],
    [{ call: 'transfer', target: 'team_g722' }, 'LIVE.INVALID'],
    [{ call: 'play', file: '../../etc/passwd' }, 'LIVE.INVALID'],
    [{ call: 'play', file: '/etc/passwd' }, 'LIVE.INVALID'],
    [{ call: 'play' }, 'LIVE.WRONG_PROTOCOL'],
  ])('refuses %j from a testbed.friends user with %s', async (fields, code) => {
    const member = await dialIn('31000', '21000', 'friends_conf');
    const request = { req: 'memexec', conference: 'friends_conf', member, ...fields };
    expect(await control(testbed.friends, request, (m) => m.event === 'error')).toMatchObject({ code });
  });

  it('refuses a member that has left', async () => {
    await dialIn('31000', '21000', 'friends_conf');
    const member = await dialIn('31000', '20001', 'friends_conf');
    await calls().leave(Number(member));
    await testbed.friends.next(isEvent('delMember', 'friends_conf'));
    const refused = await control(
      testbed.friends,
      memexec('friends_conf', member, 'deaf'),
      (m) => m.event === 'error',
    );
    expect(refused).toMatchObject({ code: 'LIVE.MEMBER_NOT_FOUND' });
  });
});
