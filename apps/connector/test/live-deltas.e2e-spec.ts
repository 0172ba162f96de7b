import type { LiveConference } from '@fscon/contracts';
import { conferenceEvents, type Caller } from './support/live-events';
import { conferenceOf, isEvent, LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const LOGINS = {
  team: 'login=defaultuser:napw',
  friends: 'login=frienduser:pw21000',
  public: 'login=publicuser:pw22000',
} as const;
type Who = keyof typeof LOGINS;

const ann: Caller = { confid: '1', id: '20000', name: 'ann' };
const bob: Caller = { confid: '2', id: '21000', name: 'bob', muted: true };
const cy: Caller = { confid: '3', id: '22000', name: 'cy' };
const dan: Caller = { confid: '4', id: '20001', name: 'dan' };
const shown = ({ confid, id, name, muted }: Caller) => ({ name, id, confid, mute: muted === true });

const seqs = (messages: Received[]) => messages.map((m) => m.seq);
const deltas = (client: LiveTestClient, from = 0) =>
  client.received.slice(from).filter((m) => m.event !== 'reply' && m.event !== 'error');

describe('/api/live: deltas per context', () => {
  let system: TestSystem;
  let clients: Record<Who, LiveTestClient>;
  const fire = () => conferenceEvents(system.simulator);
  const open = async (who: Who) => {
    const client = await LiveTestClient.open(system.url, LOGINS[who]);
    await client.ask({ req: 'init' }, (m) => m.event === 'reply');
    return client;
  };
  /** Fires a public event and waits until every client has it: whatever came before has arrived. */
  let marks = 0;
  const barrier = async () => {
    const mark: Caller = { confid: String(900 + marks++), id: '22000', name: 'mark' };
    fire().join('public_conf', mark);
    const joined = (m: Received) =>
      (m.event === 'newMember' && m.data.confid === mark.confid) ||
      (m.event === 'newConference' && m.data.members.some((x) => x.confid === mark.confid));
    await Promise.all(Object.values(clients).map((c) => c.next(joined)));
    fire().leave('public_conf', mark);
    const left = (m: Received) =>
      (m.event === 'delMember' && m.data === mark.confid) || isEvent('delConference', 'public_conf')(m);
    await Promise.all(Object.values(clients).map((c) => c.next(left, c.received.findIndex(joined))));
  };

  beforeAll(async () => {
    system = await startSystem({ LIVE_RECONCILE_MS: '0', LIVE_REPLAY_DELTAS: '40' });
    await eventually(async () => (await LiveTestClient.open(system.url, LOGINS.team)).close());
    clients = { team: await open('team'), friends: await open('friends'), public: await open('public') };
  }, 60_000);
  afterAll(async () => {
    await Promise.all(Object.values(clients ?? {}).map((c) => c.close()));
    await system?.stop();
  });

  it('tells each context about the conferences it may see, and nothing else', async () => {
    fire().join('team_g722', ann);
    fire().join('friends_conf', bob);
    fire().join('public_conf', cy);
    fire().join('team_g722', dan);
    fire().mute('team_g722', '4');
    await barrier();

    const about = (who: Who) => new Set(deltas(clients[who]).map(conferenceOf));
    expect(about('team')).toEqual(new Set(['team_g722', 'friends_conf', 'public_conf']));
    expect(about('friends')).toEqual(new Set(['friends_conf', 'public_conf']));
    expect(about('public')).toEqual(new Set(['public_conf']));

    const team = deltas(clients.team);
    expect(team.find(isEvent('newConference', 'team_g722'))).toMatchObject({
      data: {
        name: 'team_g722',
        context: 'team',
        type: '16kHz-novideo',
        num: '30000',
        members: [shown(ann)],
      },
    });
    expect(team.find(isEvent('newMember', 'team_g722'))).toMatchObject({ data: shown(dan) });
    expect(team.find(isEvent('mute', 'team_g722'))).toMatchObject({ data: '4' });
    expect(deltas(clients.friends).find(isEvent('newConference', 'friends_conf'))).toMatchObject({
      data: { context: 'friends', members: [shown(bob)] },
    });
  });

  it('numbers the deltas with one increasing seq; each client sees its part in order', async () => {
    for (const client of Object.values(clients)) {
      const numbers = seqs(deltas(client));
      expect(numbers.every((n) => Number.isSafeInteger(n))).toBe(true);
      expect(numbers).toEqual([...numbers].sort((a, b) => a! - b!));
      expect(new Set(numbers).size).toBe(numbers.length);
    }
    const all = new Set(Object.values(clients).flatMap((c) => seqs(deltas(c))));
    expect(seqs(deltas(clients.team)).length).toBe(all.size);
  });

  it('answers init with the visible conferences and the seq they include', async () => {
    const names = async (who: Who) => {
      const reply = await clients[who].ask({ req: 'init' }, (m) => m.event === 'reply');
      const data = (reply as { data: LiveConference[] }).data;
      // The last delta (the barrier's) went to everybody: the snapshot includes it.
      expect((reply as { seq: number }).seq).toBe(deltas(clients[who]).at(-1)!.seq);
      return data.map((c) => c.name).sort();
    };
    expect(await names('team')).toEqual(['friends_conf', 'public_conf', 'team_g722']);
    expect(await names('friends')).toEqual(['friends_conf', 'public_conf']);
    expect(await names('public')).toEqual(['public_conf']);
  });

  it('sends registrations to everybody and lists them on initreg', async () => {
    fire().register('20001', 'call-id-1@phone', '198.51.100.7', '5062');
    const user = { id: '20001', regid: 'call-id-1@phone', sipcon: '198.51.100.7:5062' };
    for (const client of Object.values(clients)) {
      expect(await client.next(isEvent('addReg'))).toMatchObject({ user });
      const reply = await client.ask({ req: 'initreg' }, (m) => m.event === 'reply');
      expect(reply).toMatchObject({ reply: 'initreg', data: [user] });
    }
  });

  it('replays exactly the deltas a reconnecting client of each context missed', async () => {
    const last = (who: Who) => deltas(clients[who]).at(-1)!.seq!;
    const since = { team: last('team'), friends: last('friends'), public: last('public') };
    const counts = {
      team: deltas(clients.team).length,
      friends: deltas(clients.friends).length,
      public: deltas(clients.public).length,
    };

    fire().leave('team_g722', dan);
    fire().unmute('friends_conf', '2');
    fire().lock('public_conf');
    fire().join('friends_conf', { ...dan, confid: '5' });
    await barrier();

    for (const who of Object.keys(LOGINS) as Who[]) {
      const missed = deltas(clients[who], 0).slice(counts[who]);
      const again = await LiveTestClient.open(system.url, LOGINS[who]);
      again.send({ req: 'init', since: since[who] });
      await again.next((m) => m.seq === missed.at(-1)!.seq);
      expect(again.received).toEqual(missed);
      await again.close();
    }
  });

  it('sends a snapshot to a client whose missed deltas are no longer held', async () => {
    const oldest = deltas(clients.team)[0]!.seq!;
    for (let i = 0; i < 25; i++) await barrier();
    const again = await LiveTestClient.open(system.url, LOGINS.team);
    const reply = await again.ask({ req: 'init', since: oldest }, (m) => m.event === 'reply');
    expect(reply).toMatchObject({ reply: 'init' });
    expect((reply as { data: LiveConference[] }).data.map((c) => c.name).sort()).toEqual([
      'friends_conf',
      'public_conf',
      'team_g722',
    ]);
    const fromAnotherRun = await again.ask({ req: 'init', since: 5 }, (m) => m.event === 'reply');
    expect(fromAnotherRun).toMatchObject({ reply: 'init' });
    await again.close();
  });
});
