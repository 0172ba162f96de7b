import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isEvent, LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = 'login=defaultuser:napw';

/** The keys of the shipped moderator caller-controls. */
const KEY = {
  start: '1',
  pause: '2',
  resume: '3',
  stop: '4',
  check: '5',
  lock: '6',
  unlock: '7',
  muteAll: '*',
};

describe('/api/live: moderator keys', () => {
  let system: TestSystem;
  let team: LiveTestClient;
  let moderator: number;
  const calls = () => system.simulator.calls;
  const prompt = (rate: number, name: string) =>
    join(system.workspace.confDir, 'sounds', 'fscon', String(rate), `${name}.wav`);
  /** Presses the key and resolves with the delta it leads to (when one is given) and the prompts played. */
  const press = async (key: string, delta?: string, conference = 'team_g722', member = moderator) => {
    const from = team.received.length;
    const played = calls().playedFiles(conference).length;
    const message = delta ? team.next(isEvent(delta, conference), from) : undefined;
    await calls().pressKey(member, key);
    return { delta: await message, played: () => calls().playedFiles(conference).slice(played) };
  };
  const prompted = async (played: () => string[], file: string) =>
    eventually(() => expect(played()).toEqual([file]));
  /** A second-layer key: resolves with the deltas it led to once its prompt has been played to the moderator. */
  const pressOwn = async (keys: string, prompt: string, deltas: number) => {
    const from = team.received.length;
    const played = calls().playedFiles('team_g722', moderator).length;
    await calls().pressKey(moderator, keys);
    await eventually(() =>
      expect(calls().playedFiles('team_g722', moderator).slice(played)).toEqual([prompt16k(prompt)]),
    );
    await eventually(() => expect(ownDeltas(from)).toHaveLength(deltas));
    return ownDeltas(from);
  };
  const prompt16k = (name: string) => prompt(16000, name);
  const ownDeltas = (from: number) =>
    team.received
      .slice(from)
      .filter((m) => ['volume', 'energy', 'mute', 'unmute', 'deaf', 'undeaf'].includes(m.event))
      .map(({ seq: _seq, ...delta }: Received & { seq?: number }) => delta);

  beforeAll(async () => {
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => (await LiveTestClient.open(system.url, TEAM)).close());
    team = await LiveTestClient.open(system.url, TEAM);
    await team.ask({ req: 'init' }, (m) => m.event === 'reply');
    moderator = (await calls().join({ number: '30000', user: '20000' })).memberId;
    await calls().join({ number: '30000', user: '20001' });
    await team.next(isEvent('newMember', 'team_g722'));
  }, 60_000);
  afterAll(async () => {
    await team?.close();
    await system?.stop();
  });
  afterEach(() => expect(team.received.filter((m) => m.event === 'error')).toEqual([]));

  it('starts a recording and says so; a second start only says it already records', async () => {
    const { delta, played } = await press(KEY.start, 'recStart');
    const file = (delta as Received & { file: string }).file;
    expect(file.startsWith(join(system.workspace.recordingsDir, 'team_g722-'))).toBe(true);
    await prompted(played, prompt(16000, 'recording-started'));
    expect(existsSync(prompt(16000, 'recording-started'))).toBe(true);
    expect(existsSync(file)).toBe(true);

    const again = await press(KEY.start);
    await prompted(again.played, prompt(16000, 'already-recording'));
    expect(team.received.filter(isEvent('recStart'))).toHaveLength(1);
  });

  it('pauses, tells the state, resumes and stops the recording, with a prompt each', async () => {
    await prompted((await press(KEY.pause, 'recPause')).played, prompt(16000, 'recording-paused'));
    await prompted((await press(KEY.check)).played, prompt(16000, 'recording-is-paused'));
    await prompted((await press(KEY.resume, 'recResume')).played, prompt(16000, 'recording-resumed'));
    await prompted((await press(KEY.check)).played, prompt(16000, 'recording-running'));
    await prompted((await press(KEY.stop, 'recStop')).played, prompt(16000, 'recording-stopped'));
    await prompted((await press(KEY.pause)).played, prompt(16000, 'not-recording'));
  });

  it('mutes everybody and says so; locks and unlocks with the sounds of FreeSWITCH alone', async () => {
    const muted = await press(KEY.muteAll, 'muteAll');
    await prompted(muted.played, prompt(16000, 'all-muted'));
    const locked = await press(KEY.lock, 'lock');
    await press(KEY.unlock, 'unlock');
    // keys are carried out one after the other: the unlock went out after all the lock led to
    expect(locked.played()).toEqual([]);
  });

  it('plays 48 kHz prompts into a 48kHz-video conference', async () => {
    const { memberId } = await calls().join({ number: '32000', user: '20000' });
    await team.next(isEvent('newConference', 'public_conf'));
    const { played } = await press(KEY.check, undefined, 'public_conf', memberId);
    await prompted(played, prompt(48000, 'not-recording'));
  });

  describe("the second layer: 9 and a member's key set the moderator's own volume, energy and deaf-mute", () => {
    const confid = () => String(moderator);
    const volume = (volume_in: number, volume_out: number) => ({
      event: 'volume',
      conference: 'team_g722',
      data: confid(),
      volume_in,
      volume_out,
    });
    const energy = (level: number) => ({
      event: 'energy',
      conference: 'team_g722',
      data: confid(),
      energy: level,
    });
    const flag = (event: string) => ({ event, conference: 'team_g722', data: confid() });

    it('93 / 91 / 92: speaking volume (volume_in) up, down and back to 0, each said to the moderator alone', async () => {
      expect(await pressOwn('93', 'talk-volume-up', 1)).toEqual([volume(1, 0)]);
      expect(await pressOwn('93', 'talk-volume-up', 1)).toEqual([volume(2, 0)]);
      expect(await pressOwn('91', 'talk-volume-down', 1)).toEqual([volume(1, 0)]);
      expect(await pressOwn('92', 'talk-volume-reset', 1)).toEqual([volume(0, 0)]);
      expect(
        calls()
          .playedFiles('team_g722')
          .filter((file) => file.includes('volume')),
      ).toEqual([]);
    });

    it('96 / 94 / 95: listening volume (volume_out)', async () => {
      expect(await pressOwn('96', 'listen-volume-up', 1)).toEqual([volume(0, 1)]);
      expect(await pressOwn('94', 'listen-volume-down', 1)).toEqual([volume(0, 0)]);
      expect(await pressOwn('94', 'listen-volume-down', 1)).toEqual([volume(0, -1)]);
      expect(await pressOwn('95', 'listen-volume-reset', 1)).toEqual([volume(0, 0)]);
    });

    it('99 / 97 / 98: energy level in steps of 200 from the profile\'s 300; below 0 only "That is already the limit."', async () => {
      expect(await pressOwn('99', 'energy-up', 1)).toEqual([energy(500)]);
      expect(await pressOwn('97', 'energy-down', 1)).toEqual([energy(300)]);
      expect(await pressOwn('97', 'energy-down', 1)).toEqual([energy(100)]);
      expect(await pressOwn('97', 'energy-down', 1)).toEqual([energy(0)]);
      expect(await pressOwn('97', 'at-limit', 0)).toEqual([]);
      expect(await pressOwn('98', 'energy-reset', 1)).toEqual([energy(300)]);
    });

    it('9*: the muted moderator is deafened too, and then both are undone', async () => {
      expect(await pressOwn('9*', 'muted-and-deafened', 1)).toEqual([flag('deaf')]);
      expect(await pressOwn('9*', 'unmuted-and-undeafened', 2)).toEqual([flag('unmute'), flag('undeaf')]);
      expect(await pressOwn('9*', 'muted-and-deafened', 2)).toEqual([flag('mute'), flag('deaf')]);
      expect(await pressOwn('9*', 'unmuted-and-undeafened', 2)).toEqual([flag('unmute'), flag('undeaf')]);
    });

    it('9 alone and 8 do nothing', async () => {
      const from = team.received.length;
      const played = calls().playedFiles('team_g722', moderator).length;
      await calls().pressKey(moderator, '9');
      await calls().pressKey(moderator, '8');
      expect(calls().playedFiles('team_g722', moderator).slice(played)).toEqual([]);
      expect(ownDeltas(from)).toEqual([]);
    });
  });
});
