import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CAPTURES } from '../test-support/capture';
import { liveCore, LiveCore } from '../test-support/live-core';
import { MemberHandle } from './calls';

const output = (file: string): string => readFileSync(join(CAPTURES, file), 'utf8');
/** Member ids, uuids and the captured recording path replaced, run times and join times zeroed. */
const normalise = (text: string, ids: number[], path: string): string =>
  text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/("(?:run_time|join_time)":\t)\d+/g, '$1#')
    .replaceAll(path, '<path>')
    .replace(
      /\b(?:kicked|mute|unmute) (\d+)|"id":\t(\d+)|^(\d+);/gm,
      (all, ...found: Array<string | undefined>) => {
        const id = Number(found.slice(0, 3).find((n) => n !== undefined));
        return ids.includes(id) ? all.replace(String(id), `<m${ids.indexOf(id)}>`) : all;
      },
    );

describe('conference commands answer as the captured FreeSWITCH', () => {
  const captured = '/var/fsroot/recordings/team_g722-2026-11-27T17-12-18-115Z-plain.wav';
  let live: LiveCore;
  let members: MemberHandle[];
  let path: string;
  const api = (arg: string): string => live.core.api('conference', arg);

  beforeEach(async () => {
    live = liveCore();
    path = join(live.conf.dir, 'recordings', 'team_g722.wav');
    members = [
      await live.calls.join({ number: '30000', user: '20000' }),
      await live.calls.join({ number: '30000', user: '20001' }),
      await live.calls.join({
        number: '30000',
        user: { id: '21000', name: 'frienduser', flags: 'mute-detect' },
        context: 'team',
      }),
    ];
    await live.calls.talk(members[1].memberId);
  });
  afterEach(() => live.remove());

  /** Our members stand for the captured 5, 6 and 7, in that order. */
  const same = (reply: string, file: string): void => {
    const ours = members.map((m) => m.memberId);
    expect(normalise(reply, ours, path)).toBe(normalise(output(file), [5, 6, 7], captured));
  };

  it('list and json_list with three members', () => {
    same(api('list'), 'conference/outputs/conference_list_3members.txt');
    same(api('team_g722 list'), 'conference/outputs/conference_team_g722_list.txt');
    same(api('json_list'), 'conference/outputs/conference_json_list_3members.raw.txt');
  });

  it('member commands, lock and unlock', () => {
    const third = members[2].memberId;
    same(api(`team_g722 mute ${third}`), 'conference/outputs/bgapi_mute_member.txt');
    same(api(`team_g722 unmute ${third}`), 'conference/outputs/bgapi_unmute_member.txt');
    same(api('team_g722 mute all'), 'conference/outputs/bgapi_mute_all.txt');
    same(api('team_g722 lock'), 'conference/outputs/bgapi_lock.txt');
    same(api('team_g722 unlock'), 'conference/outputs/bgapi_unlock.txt');
    same(api(`team_g722 kick ${third}`), 'conference/outputs/bgapi_kick_member.txt');
    expect(api('team_g722 kick 999')).toBe('-ERR Non-Existant ID 999\n');
  });

  it('recording: start, check, json_list, pause, resume, stop all, check; a silent WAV at the rate', async () => {
    same(api(`team_g722 recording start ${path}`), 'conference/outputs/bgapi_recording_start.txt');
    await live.calls.settled();
    expect(live.custom('conference::maintenance', 'start-recording')[0].getHeader('Path')).toBe(path);
    same(api('team_g722 recording check'), 'conference/outputs/bgapi_recording_check_running.txt');
    api('team_g722 mute all');
    api(`team_g722 unmute ${members[1].memberId}`);
    await live.calls.talk(members[1].memberId);
    same(api('json_list'), 'conference/outputs/conference_json_list_recording.json');
    same(api(`team_g722 recording pause ${path}`), 'conference/outputs/bgapi_recording_pause.txt');
    same(api('json_list'), 'conference/outputs/conference_json_list_recording_paused.json');
    same(api(`team_g722 recording resume ${path}`), 'conference/outputs/bgapi_recording_resume.txt');
    same(api('team_g722 recording stop all'), 'conference/outputs/bgapi_recording_stop_all.txt');
    await live.calls.settled();
    same(api('team_g722 recording check'), 'conference/outputs/bgapi_recording_check_stopped.txt');
    const stop = live.custom('conference::maintenance', 'stop-recording')[0];
    expect(stop.getHeader('Samplerate')).toBe('16000');
    expect(existsSync(path)).toBe(true);
    const wav = readFileSync(path);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(24)).toBe(16000);
    expect(wav.readUInt16LE(22)).toBe(1);
    expect(statSync(path).size).toBe(Number(stop.getHeader('Record-File-Size')));
    expect(wav.length).toBe(44 + 2 * Number(stop.getHeader('Samples-Out')));
  });

  it('kick all empties the conference: json_list is [] again', async () => {
    api(`team_g722 kick ${members[2].memberId}`);
    await live.calls.settled();
    same(api('team_g722 kick all'), 'conference/outputs/bgapi_kick_all.txt');
    await live.calls.settled();
    expect(api('json_list')).toBe(output('conference/outputs/conference_json_list_after.txt'));
    expect(api('team_g722 lock')).toBe('-ERR Conference team_g722 not found\n');
  });
});
