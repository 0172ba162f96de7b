import { readFileSync } from 'fs';
import { MEMBER_AUDIO_DEFAULTS } from '@fscon/contracts';
import { parseDirectory } from '@fscon/fs-xml';
import { parseConferenceList, parseRegistrations, type TranslationContext } from './index';
import { captureSession } from './test-support/capture-session';
import { capturePath, outputPath } from './test-support/fixtures';
import {
  comparable,
  replayCapture,
  sortedRegistrations,
  type Checkpoint,
} from './test-support/golden-replay';

const users = parseDirectory(readFileSync(outputPath('startup', 'xml_locate_directory.xml'), 'utf8')).value;
const directory: TranslationContext = { directoryName: (id) => users.find((u) => u.id === id)?.name };

function checkpoints(scenario: string, format: 'plain' | 'json'): Checkpoint[] {
  const raw = readFileSync(capturePath(scenario, format));
  const items = captureSession(raw, readFileSync(capturePath(scenario, format, 'log'), 'utf8'));
  return replayCapture(items, directory);
}

function output(scenario: string, file: string): string {
  return readFileSync(outputPath(scenario, file), 'utf8');
}

/** The conferences the events built next to the ones FreeSWITCH listed at that moment. */
function compareConferences(checkpoint: Checkpoint) {
  const listed = parseConferenceList(checkpoint.body, directory);
  const only = /^conference (\S+) json_list$/.exec(checkpoint.command)?.[1];
  const built = [...checkpoint.state.conferences.values()].filter(
    (c) => only === undefined || c.name === only,
  );
  return { built: built.map(comparable), listed: listed.value.map(comparable), warnings: listed.warnings };
}

const FORMATS = ['plain', 'json'] as const;

describe.each(FORMATS)('golden replay of the %s captures', (format) => {
  it.each(['startup', 'conference', 'dtmf', 'profiles', 'sipmember'])(
    '%s: the state built from events equals every conference json_list taken on the way',
    (scenario) => {
      const moments = checkpoints(scenario, format).filter((c) => c.kind === 'conferences');
      expect(moments.length).toBeGreaterThan(0);
      for (const moment of moments) {
        const { built, listed, warnings } = compareConferences(moment);
        expect(warnings).toEqual([]);
        expect(built).toEqual(listed);
      }
    },
  );

  it.each(['startup', 'registration'])(
    '%s: registrations built from events equal show registrations',
    (scenario) => {
      const moments = checkpoints(scenario, format).filter((c) => c.kind === 'registrations');
      const lagging = scenario === 'registration' ? 2 : -1;
      expect(moments.length).toBe(scenario === 'registration' ? 6 : 1);
      moments.forEach((moment, index) => {
        const built = sortedRegistrations(moment.state.registrations.values());
        const listed = sortedRegistrations(parseRegistrations(moment.body).value);
        if (index === lagging) {
          // Queried right after sofia::unregister: FreeSWITCH deletes the row only after firing the event.
          expect(built).toEqual([]);
          expect(listed).toEqual([expect.objectContaining({ id: '20001', sipcon: '127.0.0.1:5071' })]);
        } else {
          expect(built).toEqual(listed);
        }
      });
    },
  );
});

describe('golden moments of the plain captures', () => {
  it('compares at the moments whose listings are in outputs/', () => {
    const bodies = (scenario: string) => checkpoints(scenario, 'plain').map((c) => c.body);
    expect(bodies('conference')).toEqual([
      output('conference', 'conference_json_list_3members.raw.txt'),
      output('conference', 'conference_json_list_3members.raw.txt'),
      output('conference', 'conference_json_list_recording.json'),
      output('conference', 'conference_json_list_recording_paused.json'),
      output('conference', 'conference_json_list_after.txt'),
    ]);
    expect(bodies('profiles')).toEqual([
      output('profiles', 'conference_json_list_two_conferences.json'),
      output('profiles', 'conference_public_conf_json_list.json'),
    ]);
    expect(bodies('sipmember')).toEqual([output('sipmember', 'conference_json_list_sip_member.json')]);
    expect(bodies('dtmf')).toEqual([output('dtmf', 'conference_json_list_before.json')]);
    expect(bodies('registration')).toEqual([
      output('registration', 'show_registrations_as_json_one.json'),
      output('registration', 'bgapi_show_registrations_as_json_one.json'),
      output('registration', 'show_registrations_as_json_right_after_unregister_event.json'),
      output('registration', 'show_registrations_as_json_after_unregister.json'),
      output('registration', 'show_registrations_as_json_expiring.json'),
      output('registration', 'show_registrations_as_json_after_expire.json'),
    ]);
  });

  it('holds what the listings show at those moments', () => {
    const [threeMembers, , recording, paused, after] = checkpoints('conference', 'plain').map((c) =>
      c.state.conferences.get('team_g722'),
    );
    expect(threeMembers?.members.map((m) => [m.confid, m.id, m.name, m.mute])).toEqual([
      ['5', '20000', 'defaultuser', true],
      ['6', '20001', 'teamuser2', false],
      ['7', '21000', 'frienduser', false],
    ]);
    expect(threeMembers?.floor?.confid).toBe('6');
    const file = '/var/fsroot/recordings/team_g722-2026-11-27T17-12-18-115Z-plain.wav';
    expect(recording?.recording).toEqual({ status: 'running', file });
    expect(paused?.recording).toEqual({ status: 'paused', file });
    expect(after).toBeUndefined();
    const [sip] = checkpoints('sipmember', 'plain');
    const sipMember = sip!.state.conferences.get('team_g722')?.members.find((m) => m.id === '20001');
    expect(sipMember).toEqual({
      name: 'teamuser2',
      id: '20001',
      confid: '18',
      mute: false,
      ...MEMBER_AUDIO_DEFAULTS,
    });
  });
});
