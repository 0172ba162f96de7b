import { readFileSync } from 'fs';
import type { EslEventRecord } from '../model/esl-event-record';
import type { LiveEvent } from '../model/live-event';
import { captureEvents } from '../esl-frames/esl-frames';
import { capturePath } from '../test-support/fixtures';
import { member } from '../test-support/live-builders';
import { translateEslEvent } from './translate-esl-event';
import type { TranslationContext } from './translation-context';

const directory: TranslationContext = { directoryName: (id) => ({ '20001': 'teamuser2' })[id] };

const loaded = new Map<string, EslEventRecord[]>();

function events(scenario: string, format: 'plain' | 'json' = 'plain'): EslEventRecord[] {
  const key = `${scenario}.${format}`;
  if (!loaded.has(key)) loaded.set(key, captureEvents(readFileSync(capturePath(scenario, format))));
  return loaded.get(key)!;
}

function translated(scenario: string, format: 'plain' | 'json' = 'plain'): LiveEvent[] {
  return events(scenario, format).flatMap((event) => translateEslEvent(event, directory));
}

/** The first captured conference::maintenance event with that Action. */
function action(scenario: string, name: string, nth = 0): EslEventRecord {
  const found = events(scenario).filter(
    (e) => e.subclass === 'conference::maintenance' && e.headers['Action'] === name,
  );
  return found[nth]!;
}

const summary = (e: LiveEvent): string => {
  const data = e.data as Record<string, unknown>;
  const who = (data.member ?? data.floor) as { confid?: string } | null | undefined;
  const detail = 'confid' in data ? data.confid : who === null ? 'none' : (who?.confid ?? data.file ?? '');
  return `${e.type} ${String(detail)}`.trim();
};

describe('translateEslEvent: the conference capture', () => {
  it('gives one domain event per conference change, in the order FreeSWITCH sent them', () => {
    const file = '/var/fsroot/recordings/team_g722-2026-11-27T17-12-18-115Z-plain.wav';
    expect(translated('conference').map(summary)).toEqual([
      'ConferenceCreated',
      'MemberJoined 5',
      'FloorChanged 5',
      'MemberJoined 6',
      'FloorChanged 6',
      'MemberJoined 7',
      'MemberMuted 7',
      'MemberUnmuted 7',
      'MemberMuted 7',
      'MemberMuted 6',
      'MemberMuted 5',
      'MemberUnmuted 6',
      'ConferenceLocked',
      'ConferenceUnlocked',
      `RecordingStarted ${file}`,
      `RecordingPaused ${file}`,
      `RecordingResumed ${file}`,
      `RecordingStopped ${file}`,
      'MemberLeft 7',
      'MemberLeft 5',
      'FloorChanged none',
      'MemberLeft 6',
      'ConferenceEnded',
    ]);
  });

  it('reads the json run the same way (its member ids differ)', () => {
    const types = (format: 'plain' | 'json') => translated('conference', format).map((e) => e.type);
    expect(types('json')).toEqual(types('plain'));
  });

  it('given add-member of a member that joined muted, then MemberJoined with mute true', () => {
    expect(translateEslEvent(action('conference', 'add-member'), directory)).toEqual([
      {
        type: 'MemberJoined',
        data: { conference: 'team_g722', member: member('5', '20000', 'defaultuser', true) },
      },
    ]);
  });

  it('given floor-change with New-ID none (and Old-ID none), then the floor is no one', () => {
    const none = action('conference', 'floor-change', 2);
    expect([none.headers['New-ID'], none.headers['Old-ID']]).toEqual(['none', 'none']);
    expect(translateEslEvent(none, directory)).toEqual([
      { type: 'FloorChanged', data: { conference: 'team_g722', floor: null } },
    ]);
  });

  it('given floor-change to a member, then that member with its state at the time', () => {
    expect(translateEslEvent(action('conference', 'floor-change', 1), directory)).toEqual([
      {
        type: 'FloorChanged',
        data: { conference: 'team_g722', floor: { ...member('6', '20001', 'teamuser2'), talking: true } },
      },
    ]);
  });

  it.each(['kick-member', 'mute-detect', 'play-file-done', 'play-file-member-done'])(
    'given %s, then nothing (it does not change the live state)',
    (name) => expect(translateEslEvent(action('conference', name), directory)).toEqual([]),
  );

  it('given any event that is not a conference or registration event, then nothing', () => {
    const others = events('conference').filter((e) => e.name !== 'CUSTOM');
    expect(others.length).toBeGreaterThan(100);
    expect(others.flatMap((e) => translateEslEvent(e, directory))).toEqual([]);
  });
});
