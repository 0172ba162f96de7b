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
});
