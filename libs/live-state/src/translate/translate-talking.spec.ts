import { readFileSync } from 'fs';
import { join } from 'path';
import { evolveAll } from '../evolve/evolve';
import type { EslEventRecord } from '../model/esl-event-record';
import { EMPTY_LIVE_STATE } from '../model/live-state';
import { FS_CAPTURES } from '../test-support/fixtures';
import { translateEslEvent } from './translate-esl-event';
import { WITHOUT_DIRECTORY } from './translation-context';

/** Four members of team_g722 on the real switch: silent, 1 s on/off, 300 ms on/off, a quiet hum. */
const captured = JSON.parse(
  readFileSync(join(FS_CAPTURES, 'talking', 'talking.events.json'), 'utf8'),
) as EslEventRecord[];
const translated = captured.flatMap((event) => translateEslEvent(event, WITHOUT_DIRECTORY));

const talkingOf = (confid: string) =>
  translated
    .filter(
      (e) => (e.type === 'MemberTalking' || e.type === 'MemberStoppedTalking') && e.data.confid === confid,
    )
    .map((e) => e.type);

describe('translateEslEvent: start-talking and stop-talking of the real switch', () => {
  it('makes each start-talking a MemberTalking and each stop-talking a MemberStoppedTalking', () => {
    const starts = captured.filter((e) => e.headers['Action'] === 'start-talking').length;
    const stops = captured.filter((e) => e.headers['Action'] === 'stop-talking').length;
    expect(translated.filter((e) => e.type === 'MemberTalking')).toHaveLength(starts);
    expect(translated.filter((e) => e.type === 'MemberStoppedTalking')).toHaveLength(stops);
    expect(translated).toContainEqual({
      type: 'MemberTalking',
      data: { conference: 'team_g722', confid: '2' },
    });
  });

  it('sees the silent member never talk, the 1 s cadence flap and the 300 ms cadence talk throughout', () => {
    expect(talkingOf('1')).toEqual([]);
    expect(talkingOf('2').slice(0, 3)).toEqual(['MemberTalking', 'MemberStoppedTalking', 'MemberTalking']);
    expect(talkingOf('3')).toEqual(['MemberTalking', 'MemberTalking']);
  });

  it('leaves nobody talking after the mute, the kick and the hangups, though no stop-talking came', () => {
    const state = evolveAll(EMPTY_LIVE_STATE, translated);
    expect(state.conferences.size).toBe(0);
    const beforeUnmute = captured.findIndex((e) => e.headers['Action'] === 'unmute-member');
    const muted = evolveAll(
      EMPTY_LIVE_STATE,
      captured.slice(0, beforeUnmute).flatMap((event) => translateEslEvent(event, WITHOUT_DIRECTORY)),
    );
    const members = muted.conferences.get('team_g722')?.members ?? [];
    expect(members.find((m) => m.confid === '3')).toMatchObject({ mute: true, talking: false });
    expect(members.find((m) => m.confid === '2')).toMatchObject({ talking: true });
  });
});
