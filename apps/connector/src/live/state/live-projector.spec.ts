import { MEMBER_AUDIO_DEFAULTS } from '@fscon/live-state';
import type { Context } from '@fscon/contracts';
import type { ConferenceVisibility, LiveJournalEvent } from '@fscon/live-state';
import type { Journal } from '../../journal/journal';
import { inMemoryJournal } from '../../journal/test-support/in-memory-journal';
import { DeltaFanout } from '../fanout/delta-fanout';
import { messageOf } from '../fanout/test-support/frame-payload';
import { nextTurn, RecordingClient } from '../fanout/test-support/recording-client';
import { TurnBatches } from '../fanout/turn-batches';
import { LiveProjector } from './live-projector';
import { LiveStateReadModel } from './live-state.read-model';

const conference = (name: string, context: Context, num: string): ConferenceVisibility => ({
  name,
  context,
  num,
  type: '16kHz-novideo',
});
const xmlStateRebuilt = (...conferences: ConferenceVisibility[]): LiveJournalEvent => ({
  type: 'XmlStateRebuilt',
  data: { conferences },
});
const joined = (name: string, confid: string) => ({
  type: 'MemberJoined' as const,
  data: {
    conference: name,
    member: { name: 'ann', id: '20000', confid, mute: false, ...MEMBER_AUDIO_DEFAULTS },
  },
});
const ROOMS = xmlStateRebuilt(conference('room', 'team', '30001'), conference('hall', 'public', '32001'));

function projector(journal: Journal = inMemoryJournal()) {
  const batches = new TurnBatches();
  const fanout = new DeltaFanout(batches, { deltas: 10, bytes: 1 << 16 }, journal.seq);
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
  const live = new LiveProjector(journal, readModel, fanout, { resumeEntries: 100 });
  live.onModuleInit();
  return { journal, live, readModel, received };
}

describe('LiveProjector', () => {
  it('projects every journal entry onto the read model and publishes its deltas', async () => {
    const { journal, readModel, received: receivedAfterTurn, live } = projector();
    journal.append([ROOMS, joined('room', '1'), joined('hall', '2')]);
    expect([...readModel.current().conferences.keys()]).toEqual(['room', 'hall']);
    const received = await receivedAfterTurn();
    expect(received.team.map((m) => m.event)).toEqual(['newXML', 'newConference', 'newConference']);
    expect(received.public.map((m) => [m.event, m.seq])).toEqual([
      ['newXML', 1000],
      ['newConference', 3000],
    ]);
    expect(live.snapshotFor('public')).toMatchObject({ data: [{ name: 'hall', num: '32001' }], seq: 3000 });
    expect(live.snapshotFor('friends')).toMatchObject({ data: [{ name: 'hall' }], seq: 3000 });
    expect(live.snapshotFor('team').epoch).toBe(journal.epoch);
    expect(live.snapshotFor('team').data.map((c) => c.name)).toEqual(['room', 'hall']);
  });

  it('numbers the deltas after their journal entry: n × 1000 and up, a gap for an entry without any', async () => {
    const { journal, live, received: receivedAfterTurn } = projector();
    // given entry 1 yields newConference, entry 2 (a member already there) yields nothing
    journal.append([joined('room', '1'), joined('room', '1')]);
    // when entry 3 yields newMember, entry 4 floorchange and entry 5 lists the room (num and type change)
    journal.append([
      joined('room', '2'),
      { type: 'FloorChanged', data: { conference: 'room', floor: joined('room', '2').data.member } },
      ROOMS,
    ]);
    // then
    const received = await receivedAfterTurn();
    expect(received.team.map((m) => [m.event, m.seq])).toEqual([
      ['newConference', 1000],
      ['newMember', 3000],
      ['floorchange', 4000],
      ['newXML', 5000],
      ['newLiveState', 5001],
    ]);
    expect(live.snapshotFor('team').seq).toBe(5001);
  });

  it('sends newXML to all, and newLiveState to the contexts whose view an xmlState rebuild changed', async () => {
    const { journal, received: receivedAfterTurn } = projector();
    journal.append([ROOMS, joined('room', '1'), joined('hall', '2')]);
    journal.append([
      xmlStateRebuilt(conference('room', 'friends', '31001'), conference('hall', 'public', '32001')),
    ]);
    let received = await receivedAfterTurn();
    expect(received.team.slice(3).map((m) => [m.event, m.seq])).toEqual([
      ['newXML', 4000],
      ['newLiveState', 4001],
    ]);
    expect(received.friends.slice(2).map((m) => m.event)).toEqual(['newXML', 'newLiveState']);
    expect(received.friends.at(-1)?.data).toMatchObject([
      { name: 'room', context: 'friends' },
      { name: 'hall' },
    ]);
    expect(received.public.slice(2).map((m) => m.event)).toEqual(['newXML']);

    journal.append([
      xmlStateRebuilt(conference('room', 'friends', '31001'), conference('hall', 'public', '32001')),
    ]);
    received = await receivedAfterTurn();
    expect(received.team.slice(5).map((m) => m.event)).toEqual(['newXML']);
  });

  it('restores the live view from the journal at start, and replays what a client missed before it', async () => {
    const before = projector();
    before.journal.append([
      ROOMS,
      { type: 'ConferencesRebuilt', data: { conferences: [] } },
      { type: 'RegistrationsRebuilt', data: { registrations: [] } },
      joined('room', '1'),
      joined('hall', '2'),
      joined('hall', '3'),
    ]);
    const sent = await before.received();

    const after = projector(before.journal);
    expect(after.live.snapshotFor('public').data).toEqual(before.live.snapshotFor('public').data);
    const since = sent.public[1]!.seq;
    const replayed = after.live.replayedFramesAfter(since, 'public')!.map(messageOf);
    expect(replayed).toEqual(sent.public.filter((m) => m.seq > since));
    expect(after.live.replayedFramesAfter(7000, 'public')).toBeUndefined();
  });
});
