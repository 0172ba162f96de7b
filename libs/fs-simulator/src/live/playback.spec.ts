import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventHeader } from '../events/fs-event';
import { CAPTURES } from '../test-support/capture';
import { RECORDED_SOUND_PREFIX } from '../test-support/capture-conf';
import { capturedEvents, stableHeaders } from '../test-support/captured-events';
import { liveCore, LiveCore } from '../test-support/live-core';

/** The files of the capture (scripts/record-captures/scenarios/play-file-missing.ts): one prompt existed. */
const PROMPTS = '/var/fsroot/capture-root/conf/sounds/fscon/16000';
const EXISTING = `${PROMPTS}/all-muted.wav`;
const MISSING = `${PROMPTS}/nosuch.wav`;

const output = (file: string) => readFileSync(join(CAPTURES, 'play-file-missing/outputs', file), 'utf8');
const value = (headers: readonly EventHeader[], name: string) => headers.find(([n]) => n === name)?.[1];
const maintenance = (events: ReadonlyArray<readonly EventHeader[]>) =>
  events.filter((headers) => value(headers, 'Event-Subclass') === 'conference::maintenance');
/** How long a file played is the file's; the simulator does not read it. */
const withoutLength = (headers: readonly EventHeader[]) =>
  stableHeaders(headers).filter(([name]) => !['seconds', 'milliseconds', 'samples'].includes(name));

describe('sound files FreeSWITCH cannot open, as captured (play-file-missing)', () => {
  let live: LiveCore;
  const api = (arg: string) => live.core.api('conference', arg);
  beforeEach(() => {
    live = liveCore({
      variables: { sound_prefix: RECORDED_SOUND_PREFIX },
      soundFileExists: (path) => path === EXISTING,
    });
  });
  afterEach(() => live.remove());

  it('play-file with Error and never play-file-done: alone-sound, play (absolute, relative), lock and unlock sounds', async () => {
    const user = { id: '20000', name: 'defaultuser', flags: 'moderator|mute-detect|mute' };
    await live.calls.join({ number: '30000', user, context: 'team' });
    expect(api(`team_g722 play ${MISSING}`)).toBe(output('api_play_missing_absolute.txt'));
    expect(api(`team_g722 play ${MISSING}`)).toBe(output('bgapi_play_missing_absolute.txt'));
    expect(api('team_g722 play nosuch-relative.wav')).toBe(output('api_play_missing_relative.txt'));
    expect(api('team_g722 lock')).toBe(output('bgapi_lock.txt'));
    expect(api('team_g722 unlock')).toBe(output('bgapi_unlock.txt'));
    expect(api(`team_g722 play ${EXISTING}`)).toBe(output('bgapi_play_existing.txt'));
    await live.calls.settled();
    const simulated = maintenance(live.fired.map((event) => event.headers)).map(withoutLength);
    const captured = maintenance(capturedEvents('play-file-missing')).map(withoutLength);
    expect(simulated).toEqual(captured.slice(0, simulated.length));
    expect(live.calls.playedFiles('team_g722')).toEqual([EXISTING]);
  });

  it('the one left alone hears the alone-sound, tried before del-member', async () => {
    const moderator = await live.calls.join({ number: '30000', user: '20000' });
    const member = await live.calls.join({ number: '30000', user: '20001' });
    await live.calls.leave(member.memberId);
    await live.calls.leave(moderator.memberId);
    const actions = live.custom('conference::maintenance').map((e) => e.getHeader('Action'));
    expect(actions).toEqual([
      'conference-create', 'play-file', 'add-member', 'floor-change', 'add-member',
      'play-file', 'del-member', 'floor-change', 'del-member', 'conference-destroy',
    ]); // prettier-ignore
    expect(live.custom('conference::maintenance', 'play-file').map((e) => e.getHeader('Error'))).toEqual([
      'File could not be played',
      'File could not be played',
    ]);
  });
});
