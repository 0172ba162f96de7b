import type { Context } from '@fscon/contracts';
import { numberDeltas, type LiveDelta } from '@fscon/live-state';
import { DeltaFanout } from './delta-fanout';
import { messageOf } from './test-support/frame-payload';
import { nextTurn, RecordingClient } from './test-support/recording-client';
import { TurnBatches } from './turn-batches';

const lock = (conference: string, audience: Context[]): LiveDelta => ({
  audience,
  message: { event: 'lock', conference },
});
const rebuilt = (context: Context): LiveDelta => ({
  audience: [context],
  message: { event: 'newLiveState', data: [] },
});

/** The deltas of journal entry `seq`, numbered. */
const entry = (seq: number, ...deltas: LiveDelta[]) => numberDeltas(seq, deltas);

function fanoutWithSubscribers(replay = 10) {
  const batches = new TurnBatches();
  const fanout = new DeltaFanout(batches, { deltas: replay, bytes: 1 << 16 }, 0);
  const subscribers = {
    team: new RecordingClient('team'),
    friends: new RecordingClient('friends'),
    public: new RecordingClient('public'),
  };
  Object.values(subscribers).forEach((s) => batches.add(s));
  return { fanout, batches, ...subscribers };
}

describe('DeltaFanout', () => {
  it('sends each numbered delta to the contexts of its audience', async () => {
    const { fanout, team, friends, public: pub } = fanoutWithSubscribers();
    fanout.publish(entry(1, lock('t', ['team']), lock('p', ['team', 'friends', 'public'])));
    fanout.publish(entry(2, lock('f', ['team', 'friends'])));
    await nextTurn();
    expect(team.messages).toEqual([
      { event: 'lock', conference: 't', seq: 1000 },
      { event: 'lock', conference: 'p', seq: 1001 },
      { event: 'lock', conference: 'f', seq: 2000 },
    ]);
    expect(friends.messages.map((m) => m.seq)).toEqual([1001, 2000]);
    expect(pub.messages.map((m) => m.seq)).toEqual([1001]);
    expect(fanout.seq).toBe(2000);
  });

  it("starts after the journal's last entry, and holds the frames after a seq of any entry", async () => {
    const batches = new TurnBatches();
    const team = new RecordingClient('team');
    batches.add(team);
    const fanout = new DeltaFanout(batches, { deltas: 10, bytes: 1 << 16 }, 41);
    fanout.publish(entry(42, lock('a', ['team']), lock('b', ['team'])));
    fanout.publish(entry(44, lock('c', ['team'])));
    await nextTurn();
    expect(team.messages.map((m) => m.seq)).toEqual([42000, 42001, 44000]);
    expect(fanout.framesAfter(41999, 'team')).toHaveLength(3);
    expect(fanout.framesAfter(43500, 'team')).toHaveLength(1);
  });

  it('numbers the deltas of an entry the journal could not store after the last one sent', async () => {
    const { fanout, team } = fanoutWithSubscribers();
    fanout.publish(entry(3, lock('a', ['team']), lock('b', ['team'])));
    fanout.publish(entry(3, lock('c', ['team'])));
    await nextTurn();
    expect(team.messages.map((m) => m.seq)).toEqual([3000, 3001, 3002]);
  });

  it('encodes a delta once for all the contexts that see it', async () => {
    const { fanout, batches, team, friends, public: pub } = fanoutWithSubscribers();
    const another = new RecordingClient('team');
    batches.add(another);
    fanout.publish(entry(1, lock('p', ['team', 'friends', 'public'])));
    await nextTurn();
    expect(friends.writes[0]).toBe(team.writes[0]);
    expect(pub.writes[0]).toBe(team.writes[0]);
    expect(another.writes[0]).toBe(team.writes[0]);
  });

  it('makes the newLiveState of every context one delta, each context with its own list', async () => {
    const { fanout, team, public: pub } = fanoutWithSubscribers();
    fanout.publish(entry(1, rebuilt('team'), rebuilt('friends'), rebuilt('public'), lock('x', ['team'])));
    await nextTurn();
    expect(team.messages.map((m) => [m.event, m.seq])).toEqual([
      ['newLiveState', 1000],
      ['lock', 1001],
    ]);
    expect(pub.messages.map((m) => [m.event, m.seq])).toEqual([['newLiveState', 1000]]);
  });

  it('sends newXML to everybody', async () => {
    const { fanout, team, public: pub } = fanoutWithSubscribers();
    fanout.publish(entry(1, { audience: ['team', 'friends', 'public'], message: { event: 'newXML' } }));
    await nextTurn();
    expect(team.messages).toEqual([{ event: 'newXML', seq: 1000 }]);
    expect(pub.writes[0]).toBe(team.writes[0]);
  });

  it('stops sending to a removed subscriber', async () => {
    const { fanout, batches, team } = fanoutWithSubscribers();
    batches.remove(team);
    fanout.publish(entry(1, lock('t', ['team'])));
    await nextTurn();
    expect(team.frames).toEqual([]);
  });

  it('gives the frames a context missed, or undefined when they are no longer held', async () => {
    const { fanout, team } = fanoutWithSubscribers(3);
    fanout.publish(entry(1, lock('a', ['team']), lock('b', ['public']), lock('c', ['team', 'public'])));
    await nextTurn();
    expect(fanout.framesAfter(999, 'team')).toEqual(team.frames);
    expect(fanout.framesAfter(1000, 'public')?.map((f) => messageOf(f).conference)).toEqual(['b', 'c']);
    expect(fanout.framesAfter(1002, 'team')).toEqual([]);
    fanout.publish(entry(2, lock('d', ['team'])));
    expect(fanout.framesAfter(999, 'team')).toBeUndefined();
    expect(fanout.framesAfter(5, 'team')).toBeUndefined();
    expect(fanout.framesAfter(3000, 'team')).toBeUndefined();
  });
});
