import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventHeader } from '../events/fs-event';
import { CAPTURES } from '../test-support/capture';
import { capturedEvents, headerNames, stableHeaders } from '../test-support/captured-events';
import { liveCore, LiveCore } from '../test-support/live-core';

const SCENARIO = 'moderator-settings';
const MAINTENANCE = 'conference::maintenance';
/** The prompt's folder on the captured switch. */
const CAPTURED_PROMPTS = '/var/fsroot/capture-root/conf/sounds/fscon/16000';

const value = (headers: readonly EventHeader[], name: string) => headers.find(([n]) => n === name)?.[1];
const output = (file: string) => readFileSync(join(CAPTURES, SCENARIO, 'outputs', file), 'utf8');
const capturedAction = (action: string) =>
  capturedEvents(SCENARIO).filter((headers) => value(headers, 'Action') === action);
const withoutFile = (headers: readonly EventHeader[]) => stableHeaders(headers).filter(([n]) => n !== 'File');

describe("a moderator's own settings (scripts/record-captures/scenarios/moderator-settings.ts), as captured", () => {
  let live: LiveCore;
  let moderator: number;
  const prompts = () => join(live.conf.dir, 'sounds', 'fscon', '16000');
  const api = (command: string) => live.core.api('conference', `team_g722 ${command}`);

  beforeEach(async () => {
    live = liveCore({ soundFileExists: (path) => path.startsWith(prompts()) });
    ({ memberId: moderator } = await live.calls.join({
      number: '30000',
      user: { id: '20000', name: 'defaultuser', flags: 'moderator|mute-detect|mute' },
      context: 'team',
    }));
    await live.calls.join({
      number: '30000',
      user: { id: '22000', name: 'publicuser', flags: 'mute-detect' },
      context: 'team',
    });
  });
  afterEach(() => live.remove());

  it('93 and 9*: a DTMF event per digit, then Action dtmf with both digits in DTMF-Key', async () => {
    const captured = capturedAction('dtmf');
    for (const [index, keys] of ['93', '9*'].entries()) {
      const from = live.fired.length;
      await live.calls.pressKey(moderator, keys);
      const fired = live.fired.slice(from);
      expect(fired.map((event) => event.getHeader('DTMF-Digit') ?? event.getHeader('DTMF-Key'))).toEqual([
        ...keys,
        keys,
      ]);
      expect(stableHeaders(fired[fired.length - 1]!)).toEqual(stableHeaders(captured[index]!));
    }
  });

  it('9 alone waits for a second key and is dropped; one waited for within the timeout still counts', async () => {
    await live.calls.pressKey(moderator, '9');
    expect(live.custom(MAINTENANCE, 'dtmf')).toEqual([]);
    await Promise.all([
      live.calls.pressKey(moderator, '9'),
      new Promise((resolve) => setTimeout(resolve, 300)).then(() => live.calls.pressKey(moderator, '6')),
    ]);
    expect(
      live.custom(MAINTENANCE, 'dtmf').map((e) => [e.getHeader('DTMF-Key'), e.getHeader('Data')]),
    ).toEqual([['96', 'listenvolumeup']]);
  });

  it('8 and 90 are bound to nothing: only the DTMF events', async () => {
    const from = live.fired.length;
    await live.calls.pressKey(moderator, '8');
    await live.calls.pressKey(moderator, '90');
    expect(live.fired.slice(from).map((e) => e.name)).toEqual(['DTMF', 'DTMF', 'DTMF']);
  });

  it('answers the member commands and fires their events as FreeSWITCH did', () => {
    const steps: Array<[string, string, string]> = [
      [`volume_in ${moderator} 1`, 'volume_in.txt', 'volume-in-member'],
      [`volume_out ${moderator} -1`, 'volume_out.txt', 'volume-out-member'],
      [`energy ${moderator} 200`, 'energy.txt', 'energy-level-member'],
      [`unmute ${moderator} quiet`, 'unmute_quiet.txt', 'unmute-member'],
      [`mute ${moderator} quiet`, 'mute_quiet.txt', 'mute-member'],
      [`deaf ${moderator}`, 'deaf.txt', 'deaf-member'],
      [`undeaf ${moderator}`, 'undeaf.txt', 'undeaf-member'],
    ];
    for (const [command, file, action] of steps) {
      const from = live.fired.length;
      expect(api(command)).toBe(output(file).replace(/ 1( |\n)/, ` ${moderator}$1`));
      const fired = live.fired.slice(from).filter((e) => e.subclass === MAINTENANCE);
      expect(fired.map((e) => stableHeaders(e))).toEqual([
        stableHeaders(capturedAction(action).slice(-1)[0]!),
      ]);
    }
  });

  it('plays a prompt to the member alone: play-file-member now, play-file-member-done after', async () => {
    const file = join(prompts(), 'talk-volume-up.wav');
    for (const command of [
      `volume_in ${moderator} 1`,
      `volume_out ${moderator} -1`,
      `energy ${moderator} 200`,
    ])
      api(command);
    const from = live.fired.length;
    expect(api(`play ${file} ${moderator}`)).toBe(
      output('play_to_member.txt').replace(CAPTURED_PROMPTS, prompts()).replace(/ 1\n$/, ` ${moderator}\n`),
    );
    await live.core.live.context.deferred.settled();
    const [play, done] = live.fired.slice(from).filter((e) => e.subclass === MAINTENANCE);
    const [capturedPlay] = capturedAction('play-file-member');
    const [capturedDone] = capturedAction('play-file-member-done');
    expect(withoutFile(play!.headers)).toEqual(withoutFile(capturedPlay!));
    expect(headerNames(done!.headers)).toEqual(headerNames(capturedDone!));
    expect([play!.getHeader('File'), done!.getHeader('File')]).toEqual([file, file]);
    expect(live.calls.playedFiles('team_g722', moderator)).toEqual([file]);
    expect(live.calls.playedFiles('team_g722')).toEqual([]);
  });
});
