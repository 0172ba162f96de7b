import { join } from 'node:path';
import type { EslEventRecord } from '@fscon/live-state';
import { isEvent, type Received } from '../support/live-client';
import { eventually } from '../support/system';
import { DEMO_CALLERS } from './support/demo-config';
import { liveTestbed } from './support/live-testbed';
import { describeRealFs } from './support/realfs';
import { conferenceSound, installConferenceSounds } from './support/conference-sounds';
import {
  conferenceAction,
  failedPlays,
  filesPlayed,
  playedToEnd,
  SwitchEvents,
} from './support/switch-events';
import { fileSize, peakAmplitude, readWavHeader } from './support/wav-file';
import {
  callersIn,
  recordingStatus,
  type SwitchConference,
  type SwitchMember,
} from './support/switch-conferences';

/** An ordinary member who can speak, so that a mute-all changes something. */
const SPEAKING_MEMBER = { ...DEMO_CALLERS.member, flags: 'mute-detect' };

interface KeyStep {
  key: string;
  /** The `Data` of the moderators' caller-control for the key (conference.conf.xml). */
  data: string;
  /** The delta it leads to, if any. */
  delta?: string;
  /** The prompt: one of ours (sounds/fscon/<rate>) or, for lock and unlock, FreeSWITCH's own. */
  prompt: { fscon: string } | { freeswitch: string };
  /** What FreeSWITCH's own listing shows afterwards. */
  after: (conference: SwitchConference) => void;
}

/** The moderator keys in the order of the captures' scenario, with what each must do. */
const STEPS: KeyStep[] = [
  { key: '1', data: 'startrecording', delta: 'recStart', prompt: { fscon: 'recording-started' }, after: (c) => expect(recordingStatus(c)).toBe('running') },
  { key: '5', data: 'checkrecording', prompt: { fscon: 'recording-running' }, after: (c) => expect(recordingStatus(c)).toBe('running') },
  { key: '2', data: 'pauserecording', delta: 'recPause', prompt: { fscon: 'recording-paused' }, after: (c) => expect(recordingStatus(c)).toBe('paused') },
  { key: '3', data: 'resumerecording', delta: 'recResume', prompt: { fscon: 'recording-resumed' }, after: (c) => expect(recordingStatus(c)).toBe('running') },
  { key: '4', data: 'stoprecording', delta: 'recStop', prompt: { fscon: 'recording-stopped' }, after: (c) => expect([c.recording, recordingStatus(c)]).toEqual([false, 'norec']) },
  { key: '*', data: 'muteall', delta: 'muteAll', prompt: { fscon: 'all-muted' }, after: (c) => expect(callersIn(c).map((m) => m.flags.can_speak)).toEqual([false, false]) },
  { key: '6', data: 'conferencelock', delta: 'lock', prompt: { freeswitch: 'conf-is-locked' }, after: (c) => expect(c.locked).toBe(true) },
  { key: '7', data: 'conferenceunlock', delta: 'unlock', prompt: { freeswitch: 'conf-is-unlocked' }, after: (c) => expect(c.locked).toBe(false) },
]; // prettier-ignore

interface OwnStep {
  keys: string;
  data: string;
  prompt: string;
  /** The deltas it leads to, in order. */
  deltas: string[];
  /** What FreeSWITCH's own listing shows of the moderator afterwards. */
  after: (moderator: SwitchMember) => void;
}

const levels =
  (volumeIn: number, volumeOut: number, energy = 300) =>
  (m: SwitchMember) =>
    expect([m.volume_in, m.volume_out, m.energy]).toEqual([volumeIn, volumeOut, energy]);
const hearsSpeaks = (hear: boolean, speak: boolean) => (m: SwitchMember) =>
  expect([m.flags.can_hear, m.flags.can_speak]).toEqual([hear, speak]);

/** The moderators' second layer (9 and a member's key) on a moderator who joins muted. */
const OWN_STEPS: OwnStep[] = [
  { keys: '93', data: 'talkvolumeup', prompt: 'talk-volume-up', deltas: ['volume'], after: levels(1, 0) },
  { keys: '93', data: 'talkvolumeup', prompt: 'talk-volume-up', deltas: ['volume'], after: levels(2, 0) },
  { keys: '91', data: 'talkvolumedown', prompt: 'talk-volume-down', deltas: ['volume'], after: levels(1, 0) },
  { keys: '92', data: 'talkvolumereset', prompt: 'talk-volume-reset', deltas: ['volume'], after: levels(0, 0) },
  { keys: '96', data: 'listenvolumeup', prompt: 'listen-volume-up', deltas: ['volume'], after: levels(0, 1) },
  { keys: '94', data: 'listenvolumedown', prompt: 'listen-volume-down', deltas: ['volume'], after: levels(0, 0) },
  { keys: '94', data: 'listenvolumedown', prompt: 'listen-volume-down', deltas: ['volume'], after: levels(0, -1) },
  { keys: '95', data: 'listenvolumereset', prompt: 'listen-volume-reset', deltas: ['volume'], after: levels(0, 0) },
  { keys: '99', data: 'energyup', prompt: 'energy-up', deltas: ['energy'], after: levels(0, 0, 500) },
  { keys: '97', data: 'energydown', prompt: 'energy-down', deltas: ['energy'], after: levels(0, 0, 300) },
  { keys: '97', data: 'energydown', prompt: 'energy-down', deltas: ['energy'], after: levels(0, 0, 100) },
  { keys: '97', data: 'energydown', prompt: 'energy-down', deltas: ['energy'], after: levels(0, 0, 0) },
  { keys: '97', data: 'energydown', prompt: 'at-limit', deltas: [], after: levels(0, 0, 0) },
  { keys: '98', data: 'energyreset', prompt: 'energy-reset', deltas: ['energy'], after: levels(0, 0, 300) },
  { keys: '9*', data: 'deafmute', prompt: 'muted-and-deafened', deltas: ['deaf'], after: hearsSpeaks(false, false) },
  { keys: '9*', data: 'deafmute', prompt: 'unmuted-and-undeafened', deltas: ['unmute', 'undeaf'], after: hearsSpeaks(true, true) },
  { keys: '9*', data: 'deafmute', prompt: 'muted-and-deafened', deltas: ['mute', 'deaf'], after: hearsSpeaks(false, false) },
]; // prettier-ignore

describeRealFs('real FreeSWITCH: moderator keys', () => {
  const testbed = liveTestbed();
  let events: SwitchEvents;
  const played = (file: string, conference = 'team_g722') => playedToEnd(conference, file);
  const ourPlays = (from: number, conference = 'team_g722') =>
    filesPlayed(events.received.slice(from), conference);
  const failed = (from: number) => failedPlays(events.received.slice(from));
  const ourPrompt = (rate: number, name: string) =>
    join(testbed.system.freeswitch.confDir, 'sounds', 'fscon', String(rate), `${name}.wav`);
  const switchPrompt = (name: string) => conferenceSound(testbed.system.freeswitch, name);
  const promptFile = (prompt: KeyStep['prompt'], rate = 16000) =>
    'fscon' in prompt ? ourPrompt(rate, prompt.fscon) : switchPrompt(prompt.freeswitch);
  const isMuteOf = (member: SwitchMember) => (m: Received) =>
    isEvent('mute', 'team_g722')(m) && m.event === 'mute' && m.data === String(member.id);
  const memberAction = (member: SwitchMember, action: string) => (e: EslEventRecord) =>
    conferenceAction('team_g722', action)(e) && e.headers['Member-ID'] === String(member.id);
  /** Presses the key on the member's channel as a phone would send it. */
  const press = async (member: SwitchMember, key: string) =>
    expect(await testbed.system.freeswitch.api(`uuid_recv_dtmf ${member.uuid} ${key}`)).toMatch(
      /^\+OK .* received DTMF/,
    );

  beforeAll(async () => {
    installConferenceSounds(testbed.system.freeswitch);
    events = await SwitchEvents.listen(testbed.system.freeswitch, 'CUSTOM conference::maintenance');
  });
  afterAll(() => events?.close());
  afterEach(() => expect(testbed.clients.team.received.filter((m) => m.event === 'error')).toEqual([]));

  it('carries out every moderator key and plays its prompt into the conference', async () => {
    const { clients, conferences, callers } = testbed;
    const moderator = await callers.join('team', DEMO_CALLERS.moderator);
    const member = await callers.join('team', SPEAKING_MEMBER);
    await clients.team.next((m) => m.event === 'newMember' && m.data.id === SPEAKING_MEMBER.number);
    expect(callersIn(await conferences.running('team_g722')).map((m) => m.flags.can_speak)).toEqual([
      true,
      false,
    ]);
    const start = events.received.length;

    for (const step of STEPS) {
      const from = { events: events.received.length, team: clients.team.received.length };
      await press(moderator, step.key);
      const dtmf = await events.until(conferenceAction('team_g722', 'dtmf'), from.events);
      expect(dtmf.headers).toMatchObject({
        'DTMF-Key': step.key,
        Data: step.data,
        'Member-ID': String(moderator.id),
      });
      if (step.delta) await clients.team.next(isEvent(step.delta, 'team_g722'), from.team);
      if (step.data === 'muteall') await clients.team.next(isMuteOf(member), from.team);
      await events.until(played(promptFile(step.prompt)), from.events, 30_000);
      step.after(await conferences.running('team_g722'));
    }

    // each key played its prompt, none other of ours, and every file opened
    expect(ourPlays(start)).toEqual(
      STEPS.flatMap((step) => ('fscon' in step.prompt ? [promptFile(step.prompt)] : [])),
    );
    expect(failed(start)).toEqual([]);
  }, 120_000);

  it("ignores an ordinary member's keys, and a recording key that does not fit only says the state", async () => {
    const { clients, conferences, callers } = testbed;
    const moderator = await callers.join('team', DEMO_CALLERS.moderator);
    const member = await callers.join('team', SPEAKING_MEMBER);
    await clients.team.next((m) => m.event === 'newMember' && m.data.id === SPEAKING_MEMBER.number);
    const start = events.received.length;
    const from = clients.team.received.length;
    const ofMember = (action: string) => (e: EslEventRecord) =>
      conferenceAction('team_g722', action)(e) && e.headers['Member-ID'] === String(member.id);

    // an ordinary member's 1 and 6 are the default group's volume keys: FreeSWITCH changes its volumes
    await press(member, '1');
    await press(member, '6');
    await events.until(ofMember('gain-level'), start);
    await events.until(ofMember('volume-level'), start);
    // 1 is the member's voice (volume_in) one step down, 6 what it hears (volume_out) one step up
    const memberLevels = callersIn(await conferences.running('team_g722')).find((m) => m.id === member.id);
    expect([memberLevels?.volume_in, memberLevels?.volume_out]).toEqual([-1, 1]);
    const sequence: Array<[string, string, string?]> = [
      ['2', 'not-recording'],
      ['1', 'recording-started', 'recStart'],
      ['1', 'already-recording'],
      ['3', 'already-recording'],
      ['4', 'recording-stopped', 'recStop'],
    ];
    for (const [key, prompt, delta] of sequence) {
      const mark = { events: events.received.length, team: clients.team.received.length };
      await press(moderator, key);
      await events.until(played(ourPrompt(16000, prompt)), mark.events);
      if (delta) await clients.team.next(isEvent(delta, 'team_g722'), mark.team);
    }

    const since = events.received.slice(start);
    expect(since.filter(ofMember('dtmf'))).toEqual([]);
    expect(ourPlays(start)).toEqual(sequence.map(([, prompt]) => ourPrompt(16000, prompt)));
    expect(failed(start)).toEqual([]);
    const deltas = clients.team.received.slice(from).filter((m) => m.event !== 'floorchange');
    expect(deltas.map((m) => m.event)).toEqual(['recStart', 'recStop']);
    const listed = await conferences.running('team_g722');
    expect([listed.locked, recordingStatus(listed)]).toEqual([false, 'norec']);
    expect(callersIn(listed).map((m) => m.flags.can_speak)).toEqual([true, false]);
  }, 120_000);

  it('plays the 48 kHz prompts in a 48 kHz conference', async () => {
    const moderator = await testbed.callers.join('public', DEMO_CALLERS.moderator);
    await testbed.clients.public.next(isEvent('newConference', 'public_conf'));
    const from = events.received.length;
    await press(moderator, '5');
    const dtmf = await events.until(conferenceAction('public_conf', 'dtmf'), from);
    expect(dtmf.headers).toMatchObject({ 'DTMF-Key': '5', Data: 'checkrecording' });
    await events.until(played(ourPrompt(48000, 'not-recording'), 'public_conf'), from);
    expect(ourPlays(from, 'public_conf')).toEqual([ourPrompt(48000, 'not-recording')]);
    expect(failed(from)).toEqual([]);
  });

  it("carries out the second layer: the moderator's own volumes, energy and deaf-mute, each prompt to that moderator alone", async () => {
    const { clients, conferences, callers } = testbed;
    const moderator = await callers.join('team', DEMO_CALLERS.moderator);
    await callers.join('team', SPEAKING_MEMBER);
    await clients.team.next((m) => m.event === 'newMember' && m.data.id === SPEAKING_MEMBER.number);
    const start = events.received.length;
    const playedToModerator = (file: string) => (e: EslEventRecord) =>
      memberAction(moderator, 'play-file-member-done')(e) && e.headers['File'] === file;

    for (const step of OWN_STEPS) {
      const from = { events: events.received.length, team: clients.team.received.length };
      await press(moderator, step.keys);
      const dtmf = await events.until(conferenceAction('team_g722', 'dtmf'), from.events);
      expect(dtmf.headers).toMatchObject({ 'DTMF-Key': step.keys, Data: step.data });
      for (const delta of step.deltas) {
        const message = await clients.team.next(isEvent(delta, 'team_g722'), from.team);
        expect(message).toMatchObject({ data: String(moderator.id) });
      }
      const prompt = ourPrompt(16000, step.prompt);
      const played = await events.until(memberAction(moderator, 'play-file-member'), from.events);
      expect(played.headers['File']).toBe(prompt);
      await events.until(playedToModerator(prompt), from.events, 30_000);
      const listed = callersIn(await conferences.running('team_g722')).find((m) => m.id === moderator.id);
      step.after(listed!);
    }

    // 9 alone is dropped after the inter-digit timeout (a key within it would make a pair); 8 is bound to nothing
    const quiet = events.received.length;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 2500));
    await press(moderator, '9');
    await pause();
    await press(moderator, '8');
    await pause();
    expect(events.received.slice(quiet).filter(conferenceAction('team_g722', 'dtmf'))).toEqual([]);

    const since = events.received.slice(start);
    const memberPlays = since.filter((e) => conferenceAction('team_g722', 'play-file-member')(e));
    expect(memberPlays.map((e) => [e.headers['Member-ID'], e.headers['File']])).toEqual(
      OWN_STEPS.map((step) => [String(moderator.id), ourPrompt(16000, step.prompt)]),
    );
    expect(ourPlays(start)).toEqual([]);
    expect(failed(start)).toEqual([]);
  }, 180_000);

  it('a moderator deaf-muted with 9* still hears its prompt, and then nothing of the room', async () => {
    const { callers } = testbed;
    const moderator = await callers.join('team', DEMO_CALLERS.moderator);
    await callers.join('team', DEMO_CALLERS.talker);
    const recording = join(testbed.system.freeswitch.root, 'moderator-hears.wav');
    const api = (command: string) => testbed.system.freeswitch.api(command);
    const from = events.received.length;
    await press(moderator, '9*');
    await events.until(memberAction(moderator, 'deaf-member'), from);
    // what the conference sends the moderator's channel, from the moment it is deaf
    expect(await api(`uuid_setvar ${moderator.uuid} RECORD_WRITE_ONLY true`)).toMatch(/^\+OK/);
    expect(await api(`uuid_record ${moderator.uuid} start ${recording}`)).toMatch(/^\+OK/);
    const started = Date.now();
    await events.until(memberAction(moderator, 'play-file-member-done'), from, 30_000);
    const promptEnded = (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await api(`uuid_record ${moderator.uuid} stop ${recording}`)).toMatch(/^\+OK/);
    await eventually(() => expect(readWavHeader(recording).riffSize).toBe(fileSize(recording) - 8));
    // the prompt is loud (normalised to -3 dB); the talker's tone never reaches a deaf moderator
    expect(peakAmplitude(recording, 0, promptEnded)).toBeGreaterThan(0.3);
    expect(peakAmplitude(recording, promptEnded + 0.3)).toBeLessThan(0.01);
  }, 60_000);
});
