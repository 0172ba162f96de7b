import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventHeader } from '../events/fs-event';
import { CAPTURES } from '../test-support/capture';
import { RECORDED_SOUND_PREFIX } from '../test-support/capture-conf';
import { capturedEvents, stableHeaders } from '../test-support/captured-events';
import { liveCore, LiveCore } from '../test-support/live-core';

/** The keys the member pressed in the capture, in order (scripts/record-captures/scenarios/volume-keys.ts). */
const KEYS = ['1', '6', '1', '1', '1', '1', '6', '6', '6', '6', '2', '5', '3', '4'];
/** The recorder laid silent files for these under the sound prefix, and no other sounds. */
const SPOKEN = ['digits/', 'currency/'].map((folder) => `${RECORDED_SOUND_PREFIX}/${folder}`);
const KEY_EVENTS = ['volume-level', 'gain-level', 'play-file-member-done'];

const value = (headers: readonly EventHeader[], name: string) => headers.find(([n]) => n === name)?.[1];
const isKeyEvent = (headers: readonly EventHeader[]) =>
  value(headers, 'Event-Name') === 'DTMF' || KEY_EVENTS.includes(value(headers, 'Action') ?? '');

/** The events of each key press: its DTMF event and what followed it, until the next DTMF. */
function byKey(events: ReadonlyArray<readonly EventHeader[]>): EventHeader[][][] {
  const groups: EventHeader[][][] = [];
  for (const headers of events.filter(isKeyEvent)) {
    if (value(headers, 'Event-Name') === 'DTMF') groups.push([]);
    groups[groups.length - 1]?.push([...headers]);
  }
  return groups;
}

const output = (file: string) => readFileSync(join(CAPTURES, 'volume-keys/outputs', file), 'utf8');

describe("an ordinary member's volume keys (default caller-controls), as captured", () => {
  let live: LiveCore;
  beforeEach(() => {
    live = liveCore({
      variables: { sound_prefix: RECORDED_SOUND_PREFIX },
      soundFileExists: (path) => SPOKEN.some((folder) => path.startsWith(folder)),
    });
  });
  afterEach(() => live.remove());

  const join30000 = () =>
    Promise.all([
      live.calls.join({ number: '30000', user: { id: '20000', name: 'defaultuser', flags: 'moderator|mute-detect|mute' }, context: 'team' }),
      live.calls.join({ number: '30000', user: { id: '22000', name: 'publicuser', flags: 'mute-detect' }, context: 'team' }),
    ]); // prettier-ignore

  it('each key: DTMF, volume-level (talk) or gain-level (listen) with the new level, then the level said', async () => {
    const [, member] = await join30000();
    const from = live.fired.length;
    for (const key of KEYS) await live.calls.pressKey(member.memberId, key);
    const simulated = byKey(live.fired.slice(from).map((event) => event.headers));
    const captured = byKey(capturedEvents('volume-keys'));
    expect(simulated.map((group) => group.map(stableHeaders))).toEqual(
      captured.map((group) => group.map(stableHeaders)),
    );
  });

  it('json_list and list show the levels: volume_in/input-volume listen, volume_out/output-volume talk', async () => {
    const [, member] = await join30000();
    for (const key of ['1', '6']) await live.calls.pressKey(member.memberId, key);
    type Listed = { caller_id_number: string } & Record<string, unknown>;
    const volumes = (json: string) => {
      const members = (JSON.parse(json) as Array<{ members: Listed[] }>)[0]!.members;
      const listed = members.find((m) => m.caller_id_number === '22000')!;
      return ['volume_in', 'volume_out', 'output-volume', 'input-volume'].map((name) => listed[name]);
    };
    expect(volumes(live.core.api('conference', 'team_g722 json_list'))).toEqual(
      volumes(output('conference_json_list_after_1_6.json')),
    );
    const levels = (list: string) => list.split('\n').map((line) => line.split(';').slice(5));
    expect(levels(live.core.api('conference', 'team_g722 list'))).toEqual(
      levels(output('conference_team_g722_list_after_1_6.txt')),
    );
  });
});
