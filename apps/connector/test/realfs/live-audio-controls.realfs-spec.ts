import { join } from 'node:path';
import { writeSilentWav } from '@fscon/fs-simulator';
import { isEvent } from '../support/live-client';
import { eventually } from '../support/system';
import { installConferenceSounds } from './support/conference-sounds';
import { receivedSoFar } from './support/context-clients';
import { DEMO_CALLERS } from './support/demo-config';
import { control, exec, memexec } from './support/live-controls';
import { describeRealFs } from './support/realfs';
import { liveTestbed } from './support/live-testbed';
import { callersIn } from './support/switch-conferences';
import type { EslEventRecord } from '@fscon/live-state';
import type { RealFreeswitch } from '@fscon/real-freeswitch';
import { conferenceAction, SwitchEvents } from './support/switch-events';

/** The uuid of the loopback leg that runs the conference application for that caller. */
async function joiningLeg(freeswitch: RealFreeswitch, number: string): Promise<string> {
  const { rows = [] } = JSON.parse(await freeswitch.api('show channels as json')) as {
    rows?: Array<{ uuid: string; name: string; cid_num: string; application: string }>;
  };
  const leg = rows.find((row) => row.cid_num === number && row.application === 'conference');
  if (leg === undefined) throw new Error(`no channel of ${number} in the conference application`);
  return leg.uuid;
}

describeRealFs('real FreeSWITCH: deafness, volumes, energy, transfer, play and PIN over /api/live', () => {
  const testbed = liveTestbed();
  let events: SwitchEvents;
  beforeAll(async () => {
    installConferenceSounds(testbed.system.freeswitch);
    events = await SwitchEvents.listen(
      testbed.system.freeswitch,
      'BACKGROUND_JOB CUSTOM conference::maintenance',
    );
  });
  afterAll(() => events?.close());

  it('deafens, undeafens, sets both volumes and the energy level; the switch lists the new state', async () => {
    const { clients, conferences, callers } = testbed;
    const before = receivedSoFar(clients);
    await callers.join('team', DEMO_CALLERS.moderator);
    const member = await callers.join('team', DEMO_CALLERS.teamuser2);
    await clients.team.next(isEvent('newMember', 'team_g722'), before.team);
    const listed = () => conferences.member('team_g722', '20001');
    const on = (call: string, fields?: object) => memexec('team_g722', call, member.id, fields);
    const confid = String(member.id);

    expect(await control(clients.team, on('deaf'), isEvent('deaf'))).toMatchObject({ data: confid });
    expect((await listed()).flags.can_hear).toBe(false);
    expect(await control(clients.team, on('undeaf'), isEvent('undeaf'))).toMatchObject({ data: confid });
    expect((await listed()).flags.can_hear).toBe(true);
    expect(await control(clients.team, on('volume_in', { value: 2 }), isEvent('volume'))).toMatchObject({
      data: confid,
      volume_in: 2,
      volume_out: 0,
    });
    expect(await control(clients.team, on('volume_out', { value: -3 }), isEvent('volume'))).toMatchObject({
      data: confid,
      volume_in: 2,
      volume_out: -3,
    });
    expect(await control(clients.team, on('energy', { value: 500 }), isEvent('energy'))).toMatchObject({
      data: confid,
      energy: 500,
    });
    expect(await listed()).toMatchObject({ volume_in: 2, volume_out: -3, energy: 500 });
    const [snapshot] = await testbed.init('team');
    expect(snapshot?.members.find((m) => m.confid === confid)).toMatchObject({
      deaf: false,
      volume_in: 2,
      volume_out: -3,
      energy: 500,
    });
  });

  it('transfers a member to a conference that is not running: it starts with its own profile', async () => {
    const { clients, conferences, callers } = testbed;
    const before = receivedSoFar(clients);
    await callers.join('team', DEMO_CALLERS.moderator);
    const member = await callers.join('team', DEMO_CALLERS.teamuser2);
    await clients.team.next(isEvent('newMember', 'team_g722'), before.team);
    const from = events.received.length;
    const created = await control(
      clients.team,
      memexec('team_g722', 'transfer', member.id, { target: 'friends_conf' }),
      isEvent('newConference', 'friends_conf'),
    );
    expect(created).toMatchObject({
      data: { name: 'friends_conf', type: '16kHz-novideo', members: [{ confid: String(member.id) }] },
    });
    expect(clients.team.received.some(isEvent('delMember', 'team_g722'))).toBe(true);
    expect(callersIn(await conferences.running('friends_conf')).map((m) => m.caller_id_number)).toEqual([
      '20001',
    ]);
    const added = await events.until(conferenceAction('friends_conf', 'add-member'), from);
    expect(added.headers['Conference-Profile-Name']).toBe('16kHz-novideo');
    expect(await testbed.system.freeswitch.api('conference list')).toContain(
      'Conference friends_conf (1 member rate: 16000',
    );
  });

  it("plays a file of the configuration's sounds folder to one member and to the conference", async () => {
    const { clients, callers, system } = testbed;
    const before = receivedSoFar(clients);
    const member = await callers.join('team', DEMO_CALLERS.moderator);
    await clients.team.next(isEvent('newConference', 'team_g722'), before.team);
    const sounds = join((await system.freeswitch.api('global_getvar conf_dir')).trim(), 'sounds');
    const path = join(sounds, 'fscon', '16000', 'controls-test.wav');
    writeSilentWav(path, 16000, 3200);
    const from = events.received.length;
    const file = 'fscon/16000/controls-test.wav';
    clients.team.send(memexec('team_g722', 'play', member.id, { file }));
    const toMember = await events.until(conferenceAction('team_g722', 'play-file-member'), from);
    expect(toMember.headers).toMatchObject({ 'Member-ID': String(member.id), File: path });
    await events.until(conferenceAction('team_g722', 'play-file-member-done'), from);
    clients.team.send(exec('team_g722', 'play', { file }));
    expect((await events.until(conferenceAction('team_g722', 'play-file'), from)).headers['File']).toBe(path);
    await events.until(
      (e) => conferenceAction('team_g722', 'play-file-done')(e) && e.headers['File'] === path,
      from,
    );

    const refused = await control(
      clients.team,
      exec('team_g722', 'play', { file: 'fscon/16000/nosuch.wav' }),
      (m) => m.event === 'error',
    );
    expect(refused).toEqual({
      event: 'error',
      error: `-ERR (play) File: ${join(sounds, 'fscon/16000/nosuch.wav')} not found.`,
      code: 'LIVE.FREESWITCH_FAILED',
    });
  });

  it('asks the PIN of the next joiner once it is set, and no more once it is removed', async () => {
    const { clients, conferences, callers, system } = testbed;
    const before = receivedSoFar(clients);
    await callers.join('team', DEMO_CALLERS.moderator);
    await clients.team.next(isEvent('newConference', 'team_g722'), before.team);
    const answered = (text: string) => (e: EslEventRecord) =>
      e.name === 'BACKGROUND_JOB' && (e.body ?? '').includes(text);
    const from = events.received.length;
    clients.team.send(exec('team_g722', 'pin', { pin: '4711' }));
    await events.until(answered('+OK Pin for conference team_g722 set: 4711'), from);

    await callers.call('team', { number: '20002', name: 'pinned' });
    const legB = await eventually(() => joiningLeg(system.freeswitch, '20002'));
    expect(callersIn(await conferences.running('team_g722')).map((m) => m.caller_id_number)).toEqual([
      '20000',
    ]);
    // mod_conference reads as many digits as the PIN has; a # would reach the caller controls (hang up)
    expect(await system.freeswitch.api(`uuid_recv_dtmf ${legB} 4711`)).toMatch(/^\+OK/);
    await eventually(() => conferences.member('team_g722', '20002'));

    clients.team.send(exec('team_g722', 'pin', { pin: '' }));
    await events.until(answered('+OK Pin for conference team_g722 deleted'), from);
    await callers.join('team', { number: '20003', name: 'unpinned' });

    // the PIN belongs to this run of the conference: the next run starts without one
    const again = events.received.length;
    clients.team.send(exec('team_g722', 'pin', { pin: '4711' }));
    await events.until(answered('+OK Pin for conference team_g722 set: 4711'), again);
    await callers.hangUpAll();
    await callers.join('team', DEMO_CALLERS.moderator);
  });
});
