import type { Conference, Context, XmlState } from '@fscon/contracts';
import { inMemoryJournal } from '../../journal/test-support/in-memory-journal';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';
import { DeltaFanout } from '../fanout/delta-fanout';
import { LiveDirectory } from './live-directory';
import { LiveProjector } from './live-projector';
import { LiveStateReadModel } from './live-state.read-model';
import { nextTurn, RecordingClient } from '../fanout/test-support/recording-client';
import { TurnBatches } from '../fanout/turn-batches';

const conference = (name: string, context: Context, num: string): Conference => ({
  name,
  context,
  num,
  type: '16kHz-novideo',
});
const xmlState = (conferences: Conference[]): XmlState => ({
  info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
  globals: {},
  users: [],
  conferences,
  conferencetypes: [],
});
const joined = (name: string, confid: string) => ({
  type: 'MemberJoined' as const,
  data: { conference: name, member: { name: 'ann', id: '20000', confid, mute: false } },
});

function projector() {
  const xml = new XmlStateReadModel();
  xml.replace(xmlState([conference('room', 'team', '30001'), conference('hall', 'public', '32001')]));
  const journal = inMemoryJournal();
  const batches = new TurnBatches();
  const fanout = new DeltaFanout(batches, { deltas: 10, bytes: 1 << 16 }, 0);
  const clients = {
    team: new RecordingClient('team'),
    friends: new RecordingClient('friends'),
    public: new RecordingClient('public'),
  };
  Object.values(clients).forEach((client) => batches.add(client));
  /** What each context has received once the current turn is over. */
  const received = async () => {
    await nextTurn();
    const of = (context: Context) =>
      clients[context].messages as { event: string; seq: number; data?: unknown }[];
    return { team: of('team'), friends: of('friends'), public: of('public') };
  };
  const readModel = new LiveStateReadModel();
  const live = new LiveProjector(journal, readModel, new LiveDirectory(xml), fanout);
  live.onModuleInit();
  return { xml, journal, live, readModel, received };
}

describe('LiveProjector', () => {
  it('projects every journal entry onto the read model and publishes its deltas', async () => {
    const { journal, readModel, received: receivedAfterTurn, live } = projector();
    journal.append([joined('room', '1'), joined('hall', '2')]);
    expect([...readModel.current().conferences.keys()]).toEqual(['room', 'hall']);
    const received = await receivedAfterTurn();
    expect(received.team.map((m) => m.event)).toEqual(['newConference', 'newConference']);
    expect(received.public.map((m) => [m.event, m.seq])).toEqual([['newConference', 2000]]);
    expect(live.snapshotFor('public')).toMatchObject({ data: [{ name: 'hall', num: '32001' }], seq: 2000 });
    expect(live.snapshotFor('friends')).toMatchObject({ data: [{ name: 'hall' }], seq: 2000 });
    expect(live.snapshotFor('team').epoch).toBe(journal.epoch);
    expect(live.snapshotFor('team').data.map((c) => c.name)).toEqual(['room', 'hall']);
  });

  it('numbers the deltas after their journal entry: n × 1000 and up, a gap for an entry without any', async () => {
    const { journal, live, received: receivedAfterTurn } = projector();
    // given entry 1 yields newConference, entry 2 (a member already there) yields nothing
    journal.append([joined('room', '1'), joined('room', '1')]);
    // when entry 3 yields newMember and floorchange, and the xmlState is rebuilt (no entry)
    journal.append([
      joined('room', '2'),
      { type: 'FloorChanged', data: { conference: 'room', floor: joined('room', '2').data.member } },
    ]);
    live.xmlStateRebuilt();
    // then
    const received = await receivedAfterTurn();
    expect(received.team.map((m) => [m.event, m.seq])).toEqual([
      ['newConference', 1000],
      ['newMember', 3000],
      ['floorchange', 4000],
      ['newXML', 4001],
    ]);
    expect(live.snapshotFor('team').seq).toBe(4001);
  });

  it('sends newXML to all, and newLiveState to the contexts whose view an xmlState rebuild changed', async () => {
    const { xml, journal, live, received: receivedAfterTurn } = projector();
    journal.append([joined('room', '1'), joined('hall', '2')]);
    xml.replace(xmlState([conference('room', 'friends', '31001'), conference('hall', 'public', '32001')]));
    live.xmlStateRebuilt();
    let received = await receivedAfterTurn();
    expect(received.team.slice(2).map((m) => m.event)).toEqual(['newXML', 'newLiveState']);
    expect(received.friends.slice(1).map((m) => m.event)).toEqual(['newXML', 'newLiveState']);
    expect(received.friends.at(-1)?.data).toMatchObject([
      { name: 'room', context: 'friends' },
      { name: 'hall' },
    ]);
    expect(received.public.slice(1).map((m) => m.event)).toEqual(['newXML']);

    xml.replace(xmlState([conference('room', 'friends', '31001'), conference('hall', 'public', '32001')]));
    live.xmlStateRebuilt();
    received = await receivedAfterTurn();
    expect(received.team.slice(4).map((m) => m.event)).toEqual(['newXML']);
  });
});
