import { tempFolder, type TempFolder } from '../../../libs/journal/src/test-support/journal-files';
import { isEvent, LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const LOGINS = { team: 'login=defaultuser:napw', friends: 'login=frienduser:pw21000' } as const;
type Who = keyof typeof LOGINS;
const WHO: Who[] = ['team', 'friends'];

const isReply = (m: Received) => m.event === 'reply';
const deltas = (client: LiveTestClient) =>
  client.received.filter((m) => m.event !== 'reply' && m.event !== 'error');
const lastSeq = (client: LiveTestClient) => deltas(client).at(-1)!.seq!;
const each = <T>(make: (who: Who) => Promise<T>) =>
  Promise.all(WHO.map(make)).then((made) => ({ team: made[0]!, friends: made[1]! }));

describe('/api/live: resuming across a restart of the connector on the same journal', () => {
  let folder: TempFolder;
  let system: TestSystem;
  let epoch: string;
  const opened: LiveTestClient[] = [];
  const calls = () => system.simulator.calls;

  const open = async (who: Who) => {
    const client = await eventually(() => LiveTestClient.open(system.url, LOGINS[who]));
    opened.push(client);
    return client;
  };
  const init = async (who: Who) => {
    const client = await open(who);
    epoch = ((await client.ask({ req: 'init' }, isReply)) as { epoch: string }).epoch;
    return client;
  };
  /** A reloadxml: newXML to every client, after every delta of what happened before. */
  const barrier = async (clients: LiveTestClient[]) => {
    const from = clients.map((c) => c.received.length);
    system.simulator.reloadxml();
    await Promise.all(clients.map((c, i) => c.next(isEvent('newXML'), from[i])));
  };

  beforeAll(async () => {
    folder = tempFolder();
    system = await startSystem({
      JOURNAL_PATH: folder.file('journal.sqlite'),
      LIVE_RECONCILE_MS: '0',
      LIVE_REPLAY_DELTAS: '40',
    });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(opened.map((c) => c.close()));
    await system?.stop();
    folder?.remove();
  });

  it('gives a team and a friends dashboard that resume with since and epoch exactly what a connected one got after it', async () => {
    // given A stays connected, B disconnects after the first events
    const a = await each(init);
    const b = await each(init);
    await calls().join({ number: '30000', user: '20000' });
    const friend = await calls().join({ number: '31000', user: '21000' });
    await calls().register({ user: '20001', callId: 'phone-1@resume' });
    await barrier([a.team, a.friends, b.team, b.friends]);
    const since = { team: lastSeq(b.team), friends: lastSeq(b.friends) };
    await Promise.all([b.team.close(), b.friends.close()]);
    await calls().join({ number: '31000', user: '20001' });
    await calls().join({ number: '32000', user: '22000' });
    await barrier([a.team, a.friends]);
    const aLast = { team: lastSeq(a.team), friends: lastSeq(a.friends) };

    // when the connector restarts on the same journal while FreeSWITCH goes on, and A resumes at once
    await system.restartConnector(async () => {
      await calls().leave(friend.memberId);
      await calls().join({ number: '30000', user: '20001' });
    });
    const again = await each(async (who) => {
      const client = await open(who);
      client.send({ req: 'init', since: aLast[who], epoch });
      return client;
    });
    await barrier([again.team, again.friends]);
    await calls().join({ number: '32000', user: '20000' });
    await barrier([again.team, again.friends]);

    // then B, resuming now, gets what A got after B's since: the same seqs and messages
    const resumed = await each(async (who) => {
      const client = await open(who);
      client.send({ req: 'init', since: since[who], epoch });
      await client.next((m) => m.seq === lastSeq(again[who]));
      return client;
    });
    await barrier([resumed.team, resumed.friends, again.team, again.friends]);
    for (const who of WHO) {
      expect(again[who].received.filter(isReply)).toEqual([]);
      expect(resumed[who].received.filter(isReply)).toEqual([]);
      const got = [...deltas(a[who]), ...deltas(again[who])].filter((m) => m.seq! > since[who]);
      expect(deltas(resumed[who])).toEqual(got);
      expect(got.map((m) => m.event)).toEqual(
        expect.arrayContaining(['newLiveState', 'newXML', 'newMember']),
      );
    }
    const listed = (client: LiveTestClient) =>
      deltas(client).flatMap((m) => (m.event === 'newLiveState' ? m.data.map((c) => c.name) : []));
    expect(listed(resumed.team)).toContain('team_g722');
    expect(listed(resumed.friends)).not.toContain('team_g722');
    expect(listed(resumed.friends)).toContain('friends_conf');
  }, 60_000);

  it("answers a since of another epoch, or older than the journal's first entry, with the snapshot", async () => {
    const client = await init('team');
    const { seq } = client.received[0] as { seq: number };
    const elsewhere = await client.ask({ req: 'init', since: 5000, epoch: `not-${epoch}` }, isReply);
    const tooOld = await client.ask({ req: 'init', since: 500, epoch }, isReply);
    for (const reply of [elsewhere, tooOld]) {
      expect(reply).toMatchObject({ reply: 'init', epoch, seq });
      expect((reply as { data: { name: string }[] }).data.map((c) => c.name)).toContain('team_g722');
    }
  });
});
