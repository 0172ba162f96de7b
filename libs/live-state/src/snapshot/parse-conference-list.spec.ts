import { readFileSync } from 'fs';
import fc from 'fast-check';
import { outputPath } from '../test-support/fixtures';
import { member } from '../test-support/live-builders';
import type { TranslationContext } from '../translate/translation-context';
import { parseConferenceList } from './parse-conference-list';
import { LiveSnapshotError } from './snapshot-json';

const directory: TranslationContext = { directoryName: (id) => ({ '20001': 'teamuser2' })[id] };
const listing = (scenario: string, file: string) =>
  parseConferenceList(readFileSync(outputPath(scenario, file), 'utf8'), directory);

const ann = member('5', '20000', 'defaultuser', true);
// the capture's teamuser2 plays a tone: FreeSWITCH lists it as talking
const bob = { ...member('6', '20001', 'teamuser2'), talking: true };
const eve = member('7', '21000', 'frienduser');
const file = '/var/fsroot/recordings/team_g722-2026-11-27T17-12-18-115Z-plain.wav';

describe('parseConferenceList', () => {
  it('reads three members oldest first, the floor from has_floor, mute from can_speak, talking, the newest as lastjoin', () => {
    expect(listing('conference', 'conference_json_list_3members.raw.txt')).toEqual({
      value: [
        {
          name: 'team_g722',
          recording: { status: 'norec' },
          locked: false,
          floor: bob,
          lastjoin: eve,
          lastleave: null,
          memcount: 3,
          members: [ann, bob, eve],
        },
      ],
      warnings: [],
    });
  });

  it('reads a running and a paused recording from the recording node, which is no member', () => {
    const [running] = listing('conference', 'conference_json_list_recording.json').value;
    expect(running?.recording).toEqual({ status: 'running', file });
    expect(running?.memcount).toBe(3);
    const [paused] = listing('conference', 'conference_json_list_recording_paused.json').value;
    expect(paused?.recording).toEqual({ status: 'paused', file });
    expect(paused?.members.map((m) => m.confid)).toEqual(['5', '6', '7']);
  });

  it('lists two conferences oldest first', () => {
    const { value } = listing('profiles', 'conference_json_list_two_conferences.json');
    expect(value.map((c) => [c.name, c.members.map((m) => m.id), c.floor?.id])).toEqual([
      ['friends_conf', ['21000'], '21000'],
      ['public_conf', ['22000', '20000'], '22000'],
    ]);
  });

  it('names a SIP member whose caller-id name is its number from the directory', () => {
    const [conference] = listing('sipmember', 'conference_json_list_sip_member.json').value;
    expect(conference?.members.at(-1)).toEqual({ ...member('18', '20001', 'teamuser2'), talking: true });
  });

  it('reads [] as no conferences and a locked conference as locked', () => {
    expect(listing('startup', 'conference_json_list_empty.txt')).toEqual({ value: [], warnings: [] });
    const locked = JSON.stringify([{ conference_name: 'x', locked: true, members: [] }]);
    expect(parseConferenceList(locked, directory).value[0]?.locked).toBe(true);
  });

  it('skips entries of an unexpected shape with a warning', () => {
    const odd = JSON.stringify([
      1,
      { conference_name: 'x', members: 'none' },
      {
        conference_name: 'y',
        members: [
          { type: 'caller' },
          { type: 'ghost' },
          { type: 'recording_node' },
          { type: 'caller', id: 9 },
        ],
      },
    ]);
    const { value, warnings } = parseConferenceList(odd, directory);
    expect(value.map((c) => [c.name, c.members, c.recording])).toEqual([
      ['y', [member('9', '', '')], { status: 'norec' }],
      ['x', [], { status: 'norec' }],
    ]);
    expect(warnings).toHaveLength(3);
    expect(parseConferenceList('{"a":1}', directory)).toEqual({ value: [], warnings: [expect.any(String)] });
  });

  it('never throws on well-formed JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => void parseConferenceList(JSON.stringify(json), directory)),
    );
  });

  it('throws LiveSnapshotError when the answer is not JSON', () => {
    const attempt = () => parseConferenceList('-ERR Conference nosuch not found\n', directory);
    expect(attempt).toThrow(LiveSnapshotError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'LIVE_STATE.MALFORMED_SNAPSHOT' }));
  });
});
