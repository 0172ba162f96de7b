import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { digestFetch } from '../support/digest-client';
import { conferenceOf, isEvent, type LiveTestClient, type Received } from '../support/live-client';
import { eventually } from '../support/system';
import { messagesAbout, receivedSoFar } from './support/context-clients';
import { DEMO_CALLERS, type DemoContext } from './support/demo-config';
import { control, exec } from './support/live-controls';
import { liveTestbed } from './support/live-testbed';
import { describeRealFs } from './support/realfs';
import { recordingNodes } from './support/switch-conferences';
import { fileSize, readWavHeader } from './support/wav-file';

const TEAM = { user: 'defaultuser', password: 'napw' };
const FRIEND = { user: 'frienduser', password: 'pw21000' };
/** One second of the conferences' audio (16 kHz, 16 bit, mono): what a recording must hold at least. */
const ONE_SECOND = 32_000;

describeRealFs('real FreeSWITCH: recording over /api/live', () => {
  const testbed = liveTestbed();
  const get = (path: string, who: { user: string; password: string }) =>
    digestFetch(`${testbed.system.connector.url}${path}`, who);
  /** Sends a control and resolves with the delta it leads to (or the error frame). */
  const send = async (client: LiveTestClient, conference: string, call: string, delta: string) =>
    (await control(client, exec(conference, call), isEvent(delta, conference))) as Received & {
      file?: string;
    };
  const recordingOf = async (conference: string) =>
    recordingNodes(await testbed.conferences.running(conference));

  /** Two members, one talking; resolves once the client has seen both. */
  const fill = async (context: DemoContext, client: LiveTestClient, first: typeof DEMO_CALLERS.friend) => {
    const from = client.received.length;
    const members = [
      await testbed.callers.join(context, first),
      await testbed.callers.join(context, DEMO_CALLERS.talker),
    ];
    await client.next((m) => m.event === 'newMember' && m.data.id === DEMO_CALLERS.talker.number, from);
    return members;
  };

  /** Starts, pauses, resumes and stops a recording, checking each step against the switch; resolves with the file. */
  const record = async (client: LiveTestClient, conference: string) => {
    const { recordingsDir } = testbed.system.freeswitch;
    const started = await send(client, conference, 'startrec', 'recStart');
    const file = started.file ?? '';
    expect([dirname(file), basename(file)]).toEqual([
      recordingsDir,
      expect.stringMatching(new RegExp(`^${conference}-.+\\.wav$`)),
    ]);
    expect(await recordingOf(conference)).toEqual([expect.objectContaining({ record_path: file })]);
    expect((await recordingOf(conference))[0]?.status).toBeUndefined();
    await eventually(() => expect(fileSize(file)).toBeGreaterThan(ONE_SECOND));

    expect(await send(client, conference, 'pauserec', 'recPause')).toMatchObject({ file });
    expect(await recordingOf(conference)).toEqual([
      expect.objectContaining({ record_path: file, status: 'paused' }),
    ]);
    expect(await send(client, conference, 'resumerec', 'recResume')).toMatchObject({ file });
    expect((await recordingOf(conference))[0]?.status).toBeUndefined();
    expect(await send(client, conference, 'stoprec', 'recStop')).toEqual({
      event: 'recStop',
      conference,
      seq: expect.any(Number),
    });
    expect((await testbed.conferences.running(conference)).recording).toBe(false);
    expect(await recordingOf(conference)).toEqual([]);

    // the switch has closed the file once the RIFF size covers it
    await eventually(() => expect(readWavHeader(file).riffSize).toBe(fileSize(file) - 8));
    expect(readWavHeader(file)).toMatchObject({ riff: 'RIFF', wave: 'WAVE', channels: 1, sampleRate: 16000 });
    expect(fileSize(file)).toBeGreaterThan(ONE_SECOND);
    return file;
  };

  /** Hangs the members up one after the other: delMember, then delConference for the last. */
  const leave = async (
    client: LiveTestClient,
    conference: string,
    members: Awaited<ReturnType<typeof fill>>,
  ) => {
    const from = client.received.length;
    for (const member of members) await testbed.callers.hangUp(member);
    await client.next(isEvent('delConference', conference), from);
    const left = client.received
      .slice(from)
      .filter((m) => conferenceOf(m) === conference && m.event.startsWith('del'));
    expect(left.map((m) => m.event)).toEqual(['delMember', 'delConference']);
    expect(await testbed.conferences.conference(conference)).toBeUndefined();
  };

  it('records a team conference for a team user and serves the file from /api/recordings', async () => {
    const { clients } = testbed;
    const from = receivedSoFar(clients);
    const members = await fill('team', clients.team, DEMO_CALLERS.moderator);
    const file = await record(clients.team, 'team_g722');
    const teamRecording = basename(file);

    const listed = await get('/api/recordings', TEAM);
    expect(JSON.parse(listed.body)).toEqual({ op: 'api/recordings', files: [teamRecording] });
    const download = await get(`/api/recordings/${encodeURIComponent(teamRecording)}`, TEAM);
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'audio/wav']);
    expect(download.bytes.equals(readFileSync(file))).toBe(true);
    await leave(clients.team, 'team_g722', members);
    expect(messagesAbout(clients.friends, 'team_g722', from.friends)).toEqual([]);
    expect(messagesAbout(clients.public, 'team_g722', from.public)).toEqual([]);
  });

  it('records a friends conference for a friends user and serves the file from /fr/friendsrec', async () => {
    const { clients } = testbed;
    const from = receivedSoFar(clients);
    const members = await fill('friends', clients.friends, DEMO_CALLERS.friend);
    const file = await record(clients.friends, 'friends_conf');
    const recorded = basename(file);

    expect(JSON.parse((await get('/fr/friendsrec', FRIEND)).body)).toEqual({
      op: 'friendserc',
      files: [recorded],
    });
    const download = await get(`/fr/friendsrec/${encodeURIComponent(recorded)}`, FRIEND);
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'audio/wav']);
    expect(download.bytes.equals(readFileSync(file))).toBe(true);
    expect((await get('/api/recordings', FRIEND)).status).toBe(403);
    // the team sees every recording in the folder; friends none of the team conference's
    const inFolder = readdirSync(testbed.system.freeswitch.recordingsDir).sort();
    expect(
      (JSON.parse((await get('/api/recordings', TEAM)).body) as { files: string[] }).files.sort(),
    ).toEqual(inFolder);
    for (const teamRecording of inFolder.filter((name) => name.startsWith('team_g722-'))) {
      expect((await get(`/fr/friendsrec/${encodeURIComponent(teamRecording)}`, FRIEND)).status).toBe(404);
    }

    await leave(clients.friends, 'friends_conf', members);
    // the team saw all of it as the friends user did, the public user nothing
    expect(messagesAbout(clients.team, 'friends_conf', from.team)).toEqual(
      messagesAbout(clients.friends, 'friends_conf', from.friends),
    );
    expect(messagesAbout(clients.public, 'friends_conf', from.public)).toEqual([]);
  });
});
