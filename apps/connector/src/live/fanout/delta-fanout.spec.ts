import type { Context } from '@fscon/contracts';
import type { LiveDelta } from '@fscon/live-state';
import { DeltaFanout, type LiveSubscriber } from './delta-fanout';
import { messageOf } from './testing/frame-payload';

class Subscriber implements LiveSubscriber {
  readonly frames: Buffer[] = [];
  constructor(readonly context: Context) {}
  sendFrame(frame: Buffer): void {
    this.frames.push(frame);
  }
  get messages(): Record<string, unknown>[] {
    return this.frames.map(messageOf);
  }
}

const lock = (conference: string, audience: Context[]): LiveDelta => ({
  audience,
  message: { event: 'lock', conference },
});
const rebuilt = (context: Context): LiveDelta => ({
  audience: [context],
  message: { event: 'newLiveState', data: [] },
});

function fanoutWithSubscribers(replay = 10) {
  const fanout = new DeltaFanout(replay, 1000);
  const subscribers = {
    team: new Subscriber('team'),
    friends: new Subscriber('friends'),
    public: new Subscriber('public'),
  };
  Object.values(subscribers).forEach((s) => fanout.add(s));
  return { fanout, ...subscribers };
}

describe('DeltaFanout', () => {
  it('numbers the deltas from the first seq and sends each to the contexts of its audience', () => {
    const { fanout, team, friends, public: pub } = fanoutWithSubscribers();
    fanout.publish([lock('t', ['team']), lock('p', ['team', 'friends', 'public'])]);
    fanout.publish([lock('f', ['team', 'friends'])]);
    expect(team.messages).toEqual([
      { event: 'lock', conference: 't', seq: 1000 },
      { event: 'lock', conference: 'p', seq: 1001 },
      { event: 'lock', conference: 'f', seq: 1002 },
    ]);
    expect(friends.messages.map((m) => m.seq)).toEqual([1001, 1002]);
    expect(pub.messages.map((m) => m.seq)).toEqual([1001]);
    expect(fanout.seq).toBe(1002);
  });

  it('encodes a delta once for all the contexts that see it', () => {
    const { fanout, team, friends, public: pub } = fanoutWithSubscribers();
    const another = new Subscriber('team');
    fanout.add(another);
    fanout.publish([lock('p', ['team', 'friends', 'public'])]);
    expect(friends.frames[0]).toBe(team.frames[0]);
    expect(pub.frames[0]).toBe(team.frames[0]);
    expect(another.frames[0]).toBe(team.frames[0]);
  });

  it('makes the newLiveState of every context one delta, each context with its own list', () => {
    const { fanout, team, public: pub } = fanoutWithSubscribers();
    fanout.publish([rebuilt('team'), rebuilt('friends'), rebuilt('public'), lock('x', ['team'])]);
    expect(team.messages.map((m) => [m.event, m.seq])).toEqual([
      ['newLiveState', 1000],
      ['lock', 1001],
    ]);
    expect(pub.messages.map((m) => [m.event, m.seq])).toEqual([['newLiveState', 1000]]);
    expect(pub.frames[0]).not.toBe(team.frames[0]);
  });

  it('sends newXML to everybody', () => {
    const { fanout, team, public: pub } = fanoutWithSubscribers();
    fanout.publishToEverybody({ event: 'newXML' });
    expect(team.messages).toEqual([{ event: 'newXML', seq: 1000 }]);
    expect(pub.frames[0]).toBe(team.frames[0]);
  });

  it('stops sending to a removed subscriber', () => {
    const { fanout, team } = fanoutWithSubscribers();
    fanout.remove(team);
    fanout.publish([lock('t', ['team'])]);
    expect(team.frames).toEqual([]);
  });

  it('gives the frames a context missed, or undefined when they are no longer held', () => {
    const { fanout, team } = fanoutWithSubscribers(3);
    fanout.publish([lock('a', ['team']), lock('b', ['public']), lock('c', ['team', 'public'])]);
    expect(fanout.framesAfter(999, 'team')).toEqual(team.frames);
    expect(fanout.framesAfter(1000, 'public')?.map((f) => messageOf(f).conference)).toEqual(['b', 'c']);
    expect(fanout.framesAfter(1002, 'team')).toEqual([]);
    fanout.publish([lock('d', ['team'])]);
    expect(fanout.framesAfter(999, 'team')).toBeUndefined();
    expect(fanout.framesAfter(5, 'team')).toBeUndefined();
    expect(fanout.framesAfter(2000, 'team')).toBeUndefined();
  });
});
