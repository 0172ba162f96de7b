import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { XmlState } from '@fscon/contracts';
import { openSqliteJournal } from '@fscon/journal';
import type { LiveJournalEvent } from '@fscon/live-state';
import { FakeEventSocket } from '../../../test/support/fake-event-socket';
import type { EslEvent } from '../../esl/event-socket.port';
import { Journal } from '../../journal/journal';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';
import { DeltaFanout } from '../fanout/delta-fanout';
import { nextTurn, RecordingClient } from '../fanout/test-support/recording-client';
import { TurnBatches } from '../fanout/turn-batches';
import type { LiveOptions } from '../live-options';
import { LiveDirectory } from '../state/live-directory';
import { LiveProjector } from '../state/live-projector';
import { LiveStateReadModel } from '../state/live-state.read-model';
import { ConnectionJournal } from './connection-journal';
import { LiveIntake } from './live-intake';
import { TalkingThrottle } from './talking-throttle';
import { LiveResync } from './live-resync';

const THREE_MEMBERS = readFileSync(
  join(
    __dirname,
    '../../../../../fixtures/fs-captures/conference/outputs/conference_json_list_3members.raw.txt',
  ),
  'utf8',
);
const NO_REGISTRATIONS = '{"row_count": 0}\n';

const XML_STATE: XmlState = {
  info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
  globals: {},
  users: [],
  conferences: [{ num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' }],
  conferencetypes: [],
};

function member(action: 'add-member' | 'del-member', confid: string, id: string, name: string): EslEvent {
  return {
    name: 'CUSTOM',
    subclass: 'conference::maintenance',
    headers: {
      'Conference-Name': 'team_g722',
      Action: action,
      'Member-ID': confid,
      'Caller-Caller-ID-Number': id,
      'Caller-Caller-ID-Name': name,
      Speak: 'true',
    },
  };
}

function deferred(): { promise: Promise<string>; resolve(body: string): void; reject(error: Error): void } {
  let resolve!: (body: string) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
}

function system(reconcileIntervalMs = 0) {
  const esl = new FakeEventSocket();
  esl.connection.next('connecting');
  const xmlState = new XmlStateReadModel();
  xmlState.replace(XML_STATE);
  const store = openSqliteJournal({ path: ':memory:' });
  const journal = new Journal(store, {
    onListenerError: (error) => {
      throw error;
    },
  });
  const appended: LiveJournalEvent['type'][] = [];
  journal.subscribe(({ event }) => appended.push(event.type));
  const readModel = new LiveStateReadModel();
  const directory = new LiveDirectory(xmlState);
  const batches = new TurnBatches();
  const fanout = new DeltaFanout(batches, { deltas: 100, bytes: 1 << 20 }, 0);
  const team = new RecordingClient('team');
  batches.add(team);
  new LiveProjector(journal, readModel, fanout, { resumeEntries: 1000 }).onModuleInit();
  const intake = new LiveIntake(esl, directory, journal, new TalkingThrottle());
  intake.onModuleInit();
  const options: LiveOptions = {
    pingIntervalMs: 30_000,
    reconcileIntervalMs,
    replay: { deltas: 100, bytes: 1 << 20 },
    resumeEntries: 1000,
    maxQueuedBytes: 1 << 20,
    maxFrameBytes: 1 << 16,
  };
  const connectionJournal = new ConnectionJournal(esl, journal);
  connectionJournal.onModuleInit();
  const resync = new LiveResync(esl, intake, directory, readModel, connectionJournal, options);
  resync.onApplicationBootstrap();
  const confids = () =>
    readModel
      .current()
      .conferences.get('team_g722')
      ?.members.map((m) => m.confid);
  const stored = () => store.readAfter(0, 1000).map(({ kind, payload }) => [kind, payload]);
  return { esl, resync, appended, stored, team, confids, stop: () => resync.onModuleDestroy() };
}

/** `show registrations as json` listing `count` phones of user 20001. */
function registrations(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => ({
    reg_user: '20001',
    realm: '127.0.0.1',
    token: `call-${i}`,
    url: `sofia/internal/sip:20001@127.0.0.1:${10000 + i}`,
    expires: '1796659321',
    network_ip: '127.0.0.1',
    network_port: String(10000 + i),
    network_proto: 'udp',
    hostname: 'vm',
    metadata: '',
  }));
  return JSON.stringify({ row_count: count, rows });
}

describe('LiveResync and LiveIntake', () => {
  it('journals a registration list with more changes than an entry has deltas as several, each a whole list', async () => {
    const { esl, resync, appended, team, stop } = system();
    esl
      .answer('conference json_list', THREE_MEMBERS)
      .answer('show registrations as json', registrations(2500));
    esl.connection.next('connected');
    await resync.settled();
    expect(appended).toEqual([
      'ConferencesRebuilt',
      'RegistrationsRebuilt',
      'RegistrationsRebuilt',
      'RegistrationsRebuilt',
    ]);
    await nextTurn();
    const seqs = team.messages.filter((m) => m.event === 'addReg').map((m) => Number(m.seq));
    expect(seqs).toHaveLength(2500);
    const perEntry = new Map<number, number>();
    for (const entry of seqs.map((seq) => Math.floor(seq / 1000))) {
      perEntry.set(entry, (perEntry.get(entry) ?? 0) + 1);
    }
    expect([...perEntry.values()]).toEqual([1000, 1000, 500]);
    stop();
  });

  it('rebuilds on connect and applies the events that came meanwhile after the snapshot, once', async () => {
    const { esl, resync, appended, team, confids, stop } = system();
    const listing = deferred();
    esl
      .answer('conference json_list', () => listing.promise)
      .answer('show registrations as json', NO_REGISTRATIONS);
    esl.connection.next('connected');
    await until(() => esl.sent.includes('conference json_list'));

    esl.events.next(member('add-member', '7', '21000', 'frienduser'));
    esl.events.next(member('add-member', '8', '20001', 'late'));
    esl.events.next(member('del-member', '5', '20000', 'defaultuser'));
    expect(appended).toEqual([]);

    listing.resolve(THREE_MEMBERS);
    await resync.settled();
    expect(appended).toEqual([
      'ConferencesRebuilt',
      'RegistrationsRebuilt',
      'MemberJoined',
      'MemberJoined',
      'MemberLeft',
    ]);
    expect(confids()).toEqual(['6', '7', '8']);
    await nextTurn();
    expect(team.messages.map((m) => m.event)).toEqual(['newLiveState', 'newMember', 'delMember']);
    expect(team.messages[0].data).toMatchObject([{ name: 'team_g722', memcount: 3 }]);

    esl.events.next(member('add-member', '9', '20000', 'defaultuser'));
    expect(confids()).toEqual(['6', '7', '8', '9']);
    stop();
  });

  it('lets the held events through when FreeSWITCH does not answer', async () => {
    const { esl, resync, appended, confids, stop } = system();
    const listing = deferred();
    esl
      .answer('conference json_list', () => listing.promise)
      .answer('show registrations as json', NO_REGISTRATIONS);
    esl.connection.next('connected');
    await until(() => esl.sent.includes('conference json_list'));
    esl.events.next(member('add-member', '8', '20001', 'late'));
    listing.reject(new Error('ESL.DISCONNECTED'));
    await resync.settled();
    expect(appended).toEqual(['MemberJoined']);
    expect(confids()).toEqual(['8']);
    stop();
  });

  it('journals the connection going up, the snapshot with what it corrected, and the connection going down', async () => {
    // given a state FreeSWITCH's snapshot will correct: one member left unseen, one joined unseen
    const { esl, resync, stored, stop } = system();
    esl.events.next(member('add-member', '4', '20000', 'gone'));
    esl
      .answer('conference json_list', () => Promise.resolve(THREE_MEMBERS))
      .answer('show registrations as json', NO_REGISTRATIONS);
    // when the Event Socket connects, is read, and drops
    esl.connection.next('connected');
    await resync.settled();
    esl.connection.next('disconnected');
    // then
    expect(stored().map(([kind]) => kind)).toEqual([
      'member.joined',
      'connection.up',
      'conferences.rebuilt',
      'registrations.rebuilt',
      'connection.resynced',
      'connection.down',
    ]);
    expect(stored()[4]![1]).toEqual({ conferences: 1, members: 3, registrations: 0, corrections: 5 });
    stop();
  });

  it('is synced once the snapshot after a connect is applied, until the connection drops', async () => {
    const { esl, resync, stop } = system();
    const listing = deferred();
    esl
      .answer('conference json_list', () => listing.promise)
      .answer('show registrations as json', NO_REGISTRATIONS);
    expect(resync.isSynced()).toBe(false);
    esl.connection.next('connected');
    await until(() => esl.sent.includes('conference json_list'));
    expect(resync.isSynced()).toBe(false);
    listing.resolve(THREE_MEMBERS);
    await resync.settled();
    expect(resync.isSynced()).toBe(true);
    esl.connection.next('disconnected');
    expect(resync.isSynced()).toBe(false);
    stop();
  });

  it('is not synced by a snapshot that failed, nor by one taken before the last reconnect', async () => {
    const { esl, resync, stop } = system();
    const [failing, late, current] = [deferred(), deferred(), deferred()];
    const listings = [failing, late, current];
    esl
      .answer('conference json_list', () => listings.shift()!.promise)
      .answer('show registrations as json', NO_REGISTRATIONS);
    const listed = (times: number) => () =>
      esl.sent.filter((command) => command === 'conference json_list').length === times;
    esl.connection.next('connected');
    await until(listed(1));
    failing.reject(new Error('ESL.TIMEOUT'));
    await resync.settled();
    expect(resync.isSynced()).toBe(false);

    esl.connection.next('connecting');
    esl.connection.next('connected');
    await until(listed(2));
    esl.connection.next('connecting');
    esl.connection.next('connected');
    late.resolve(THREE_MEMBERS);
    await until(listed(3));
    expect(resync.isSynced()).toBe(false);
    current.resolve(THREE_MEMBERS);
    await resync.settled();
    expect(resync.isSynced()).toBe(true);
    stop();
  });

  it('reconciles periodically with the conferences FreeSWITCH lists', async () => {
    const { esl, resync, team, confids, stop } = system(5);
    esl.answer('conference json_list', THREE_MEMBERS).answer('show registrations as json', NO_REGISTRATIONS);
    esl.connection.next('connected');
    await until(() => confids()?.join() === '5,6,7');
    esl.events.next(member('add-member', '9', '20000', 'ghost'));
    await until(() => confids()?.join() === '5,6,7,9');
    await until(() => confids()?.join() === '5,6,7');
    stop();
    await resync.settled();
    await nextTurn();
    expect(team.messages.map((m) => m.event)).toEqual(['newLiveState', 'newMember', 'delMember']);
  });
});
