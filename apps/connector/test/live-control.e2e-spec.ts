import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEvent, LiveTestClient, type Received } from './support/live-client';
import { control, controlTestbed } from './support/simulated-controls';

describe('/api/live: conference control carried out by the simulated FreeSWITCH', () => {
  const testbed = controlTestbed();
  const { calls, dialIn } = testbed;
  const errors = (client: LiveTestClient) => client.received.filter((m) => m.event === 'error');
  /** The error frames the tests asked for; any other one fails the test it came in. */
  const refusals: Received[] = [];

  afterEach(() => {
    expect(errors(testbed.team)).toEqual([]);
    expect(errors(testbed.friends)).toEqual(refusals);
  });

  it('locks and unlocks a conference', async () => {
    await dialIn('30000', '20000', 'team_g722');
    const exec = (call: string) => ({ req: 'exec', conference: 'team_g722', call });
    expect(await control(testbed.team, exec('lock'), isEvent('lock'))).toMatchObject({
      conference: 'team_g722',
    });
    expect(await control(testbed.team, exec('unlock'), isEvent('unlock'))).toMatchObject({
      conference: 'team_g722',
    });
  });

  it('mutes, unmutes and kicks a member of a testbed.friends conference for a testbed.friends user', async () => {
    const first = await dialIn('31000', '21000', 'friends_conf');
    const second = await dialIn('31000', '20001', 'friends_conf');
    const memexec = (call: string, member: string) => ({
      req: 'memexec',
      conference: 'friends_conf',
      call,
      member,
    });
    expect(await control(testbed.friends, memexec('mute', second), isEvent('mute'))).toMatchObject({
      data: second,
    });
    expect(await control(testbed.friends, memexec('unmute', second), isEvent('unmute'))).toMatchObject({
      data: second,
    });
    expect(await control(testbed.friends, memexec('kick', first), isEvent('delMember'))).toMatchObject({
      conference: 'friends_conf',
      data: first,
    });
  });

  it('mutes everybody: a mute per member, then muteAll', async () => {
    await dialIn('31000', '21000', 'friends_conf');
    const members = calls()
      .members()
      .filter((m) => m.conference === 'friends_conf')
      .map((m) => String(m.memberId));
    const from = testbed.friends.received.length;
    await control(
      testbed.friends,
      { req: 'exec', conference: 'friends_conf', call: 'muteall' },
      isEvent('muteAll'),
    );
    const mutes = testbed.friends.received
      .slice(from)
      .filter((m) => m.event === 'mute' || m.event === 'muteAll');
    expect(mutes.map((m) => m.event)).toEqual([...members.map(() => 'mute'), 'muteAll']);
    expect(
      mutes
        .map((m) => (m as { data?: string }).data)
        .slice(0, -1)
        .sort(),
    ).toEqual(members.sort());
  });

  it('records into the recordings folder: start, pause, resume, stop, and the file stays', async () => {
    await dialIn('32000', '22000', 'public_conf');
    const exec = (call: string) => ({ req: 'exec', conference: 'public_conf', call });
    const started = await control(testbed.friends, exec('startrec'), isEvent('recStart'));
    const file = (started as { file: string }).file;
    expect(file.startsWith(join(testbed.system.workspace.recordingsDir, 'public_conf-'))).toBe(true);
    expect(file).toMatch(/public_conf-\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\.wav$/);
    const refused = await control(testbed.friends, exec('startrec'), (m) => m.event === 'error');
    expect(refused).toEqual({
      event: 'error',
      error: 'conference public_conf is already being recorded',
      code: 'LIVE.CONFLICT',
    });
    refusals.push(refused);
    expect(await control(testbed.friends, exec('pauserec'), isEvent('recPause'))).toMatchObject({ file });
    expect(await control(testbed.friends, exec('resumerec'), isEvent('recResume'))).toMatchObject({ file });
    expect(await control(testbed.friends, exec('stoprec'), isEvent('recStop'))).toMatchObject({
      conference: 'public_conf',
    });
    expect(existsSync(file)).toBe(true);
    const header = readFileSync(file).subarray(0, 28);
    expect(header.toString('ascii', 8, 12)).toBe('WAVE');
    expect(header.readUInt32LE(24)).toBe(48000);
  });

  it('kicks everybody, which ends the conference', async () => {
    await dialIn('30000', '20001', 'team_g722');
    const ended = await control(
      testbed.team,
      { req: 'exec', conference: 'team_g722', call: 'kickall' },
      isEvent('delConference', 'team_g722'),
    );
    expect(ended).toMatchObject({ event: 'delConference' });
    expect(
      calls()
        .members()
        .filter((m) => m.conference === 'team_g722'),
    ).toEqual([]);
  });
});
