import type { ConferenceState, LiveEvent } from '@fscon/live-state';
import { HistoryProjector } from '../history-projector';
import { CollectedHistory, projected } from '../test-support/collected-history';
import { EntryLog } from '../test-support/history-entries';
import {
  ended,
  joined,
  left,
  member,
  muted,
  stoppedTalking,
  talking,
} from '../../../live-state/src/test-support/live-builders';

const T0 = Date.UTC(2026, 11, 1, 9);
const at = (second: number) => T0 + second * 1000;
const alice = member('1', '20000', 'Alice');
const bob = member('2', '20001', 'Bob');
const carol = member('3', '0301234567', '0301234567');
const running = (name: string, members = [alice], file?: string): ConferenceState => ({
  name,
  recording: file === undefined ? { status: 'norec' } : { status: 'running', file },
  locked: false,
  floor: null,
  lastjoin: null,
  lastleave: null,
  memcount: members.length,
  members,
});
const rebuilt = (...conferences: ConferenceState[]): LiveEvent => ({
  type: 'ConferencesRebuilt',
  data: { conferences },
});

describe('conference sessions projected from the journal', () => {
  it('follows one run: start, members, peak, recording, timeline and end', () => {
    // given a run of conference 3000 from its creation to its end
    const log = new EntryLog(T0).live(
      { type: 'ConferenceCreated', data: { conference: '3000' } },
      joined('3000', alice),
      joined('3000', bob),
      { type: 'FloorChanged', data: { conference: '3000', floor: bob } },
      { type: 'RecordingStarted', data: { conference: '3000', file: '/rec/3000.wav' } },
      { type: 'MemberMuted', data: { conference: '3000', confid: '2' } },
      left('3000', bob),
      { type: 'RecordingStopped', data: { conference: '3000', file: '/rec/3000.wav' } },
      joined('3000', carol),
      ended('3000'),
    );
    // then the history holds one session opened by entry 1
    const history = projected(log.entries);
    expect([...history.sessions.values()]).toEqual([
      {
        session: '1',
        conference: '3000',
        num: '',
        context: null,
        startedAt: at(0),
        endedAt: at(9),
        peakMembers: 2,
        participants: 3,
        recordings: 1,
      },
    ]);
    expect(history.participantsOf('1').map((p) => [p.name, p.number, p.joinedAt, p.leftAt])).toEqual([
      ['Alice', '20000', at(1), at(9)],
      ['Bob', '20001', at(2), at(6)],
      ['0301234567', '0301234567', at(8), at(9)],
    ]);
    expect(history.recordingsOf('1')).toEqual([
      { session: '1', startSeq: 5, file: '/rec/3000.wav', startedAt: at(4), stoppedAt: at(7) },
    ]);
    expect(history.timelineOf('1')).toEqual([
      'the conference started',
      'Alice (20000) joined',
      'Bob (20001) joined',
      'recording started into /rec/3000.wav',
      'Bob was muted',
      'Bob (20001) left',
      'recording stopped',
      '0301234567 joined',
      'the conference ended',
    ]);
  });

  it('sums each member’s talk time over its spans: stoptalking, mute, leave and the end close one', () => {
    // given a run in which Alice talks twice, once until muted, Bob until he leaves, Carol until the end
    const log = new EntryLog(T0).live(
      joined('3000', alice), // 0
      joined('3000', bob), // 1
      joined('3000', carol), // 2
      talking('3000', '1'), // 3
      talking('3000', '1'), // 4: a second talking opens no second span
      stoppedTalking('3000', '1'), // 5
      talking('3000', '1'), // 6
      muted('3000', '1'), // 7
      stoppedTalking('3000', '1'), // 8: nothing open
      talking('3000', '2'), // 9
      talking('3000', '3'), // 10
      left('3000', bob), // 11
      ended('3000'), // 12
    );
    // then the spans are 3→5 and 6→7 for Alice, 9→11 for Bob, 10→12 for Carol
    const history = projected(log.entries);
    expect(history.participantsOf('1').map((p) => [p.name, p.talkMs, p.talkingSince])).toEqual([
      ['Alice', 3000, null],
      ['Bob', 2000, null],
      ['0301234567', 2000, null],
    ]);
  });

  it('follows talking a rebuild finds: a listed talker opens a span, a silent one closes it', () => {
    const log = new EntryLog(T0).live(
      rebuilt(running('3000', [{ ...alice, talking: true }])), // 0
      joined('3000', bob), // 1
      talking('3000', '2'), // 2
      rebuilt(running('3000', [alice, { ...bob, talking: true }])), // 3: Alice fell silent, Bob talks on
      ended('3000'), // 4
    );
    const history = projected(log.entries);
    expect(history.participantsOf('1').map((p) => [p.name, p.talkMs])).toEqual([
      ['Alice', 3000],
      ['Bob', 2000],
    ]);
  });

  it('opens a session at the first join when the creation was not journaled, and a new one after the end', () => {
    // given two runs of 3000 without conference.created
    const log = new EntryLog(T0).live(
      joined('3000', alice),
      ended('3000'),
      joined('3000', bob),
      ended('3000'),
    );
    // then there are two sessions, named by the seq of their first join
    const history = projected(log.entries);
    expect([...history.sessions.values()].map((s) => [s.session, s.startedAt, s.endedAt])).toEqual([
      ['1', at(0), at(1)],
      ['3', at(2), at(3)],
    ]);
  });

  it('opens a session for a conference found running and closes it when a later listing lacks it', () => {
    // given a reconnect that finds 3000 running with Alice recording, then one that finds nothing
    const log = new EntryLog(T0).live(
      rebuilt(running('3000', [alice], '/rec/a.wav')),
      joined('3000', bob),
      rebuilt(running('3000', [bob])),
      rebuilt(),
    );
    // then the session ran from the first listing to the last, Alice left when the second lacked her
    const history = projected(log.entries);
    expect(history.sessions.get('1')).toMatchObject({ startedAt: at(0), endedAt: at(3), peakMembers: 2 });
    expect(history.participantsOf('1').map((p) => [p.name, p.joinedAt, p.leftAt])).toEqual([
      ['Alice', at(0), at(2)],
      ['Bob', at(1), at(3)],
    ]);
    expect(history.recordingsOf('1')).toMatchObject([
      { file: '/rec/a.wav', startedAt: at(0), stoppedAt: at(2) },
    ]);
    expect(history.timelineOf('1')).toEqual([
      'found running when FreeSWITCH was asked',
      'Bob (20001) joined',
      'no longer running when FreeSWITCH was asked again',
    ]);
  });

  it('opens a session of its own for every conference one listing finds running', () => {
    // given a reconnect that finds three conferences running
    const log = new EntryLog(T0).live(
      rebuilt(running('team_g722', [alice]), running('friends_conf', [bob]), running('public_conf', [carol])),
    );
    // then each has its session, the further ones numbered after the entry's seq
    const history = projected(log.entries);
    expect([...history.sessions.values()].map((s) => [s.session, s.conference])).toEqual([
      ['1', 'team_g722'],
      ['1.2', 'friends_conf'],
      ['1.3', 'public_conf'],
    ]);
    expect(history.participantsOf('1.2').map((p) => p.name)).toEqual(['Bob']);
  });

  it('passes over entries of FreeSWITCH that carry no live event, such as the connection', () => {
    const log = new EntryLog(T0);
    log.entries.push({
      seq: 1,
      time: T0,
      kind: 'connection.down',
      source: { type: 'freeswitch', node: 'default' },
      payload: { reason: 'closed' },
    });
    log.live(joined('3000', alice));
    expect([...projected(log.entries).sessions.keys()]).toEqual(['2']);
  });

  it('takes number, context and user ids from the newest xmlstate.rebuilt', () => {
    // given the configuration journaled before the run
    const log = new EntryLog(T0)
      .connector('xmlstate.rebuilt', {
        conferences: [{ name: 'friends_conf', num: '31000', context: 'friends', type: 'default' }],
        users: ['20000'],
      })
      .live(joined('friends_conf', alice), joined('friends_conf', carol));
    // then the session and its participants carry them
    const history = projected(log.entries);
    expect(history.sessions.get('2')).toMatchObject({ num: '31000', context: 'friends', endedAt: null });
    expect(history.participantsOf('2').map((p) => p.user)).toEqual(['20000', null]);
  });

  it('gives the same rows when the projection stops and goes on from its stored state', () => {
    // given a run with a restart of the projection after every entry
    const log = new EntryLog(T0).live(
      rebuilt(running('3000')),
      joined('3000', bob),
      { type: 'RecordingStarted', data: { conference: '3000', file: '/rec/b.wav' } },
      left('3000', alice),
      ended('3000'),
    );
    const resumed = new CollectedHistory();
    let state = new HistoryProjector(resumed).state();
    for (const entry of log.entries) {
      const projector = new HistoryProjector(resumed, JSON.parse(JSON.stringify(state)));
      projector.apply(entry);
      state = projector.state();
    }
    // then the rows are those of one projection over all entries
    const once = projected(log.entries);
    expect([resumed.sessions, resumed.participants, resumed.recordings, resumed.timelineRows]).toEqual([
      once.sessions,
      once.participants,
      once.recordings,
      once.timelineRows,
    ]);
  });
});
