import { startNatsServer, type NatsServer } from '../../../libs/journal/src/test-support/nats-server';
import { NOT_READY_REASONS } from '../src/health/readiness';
import { Journal } from '../src/journal';
import { conferenceEvents, type Caller } from './support/live-events';
import { LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const ann: Caller = { confid: '1', id: '22000', name: 'ann' };
const bob: Caller = { confid: '2', id: '22001', name: 'bob' };
const isReply = (m: Received) => m.event === 'reply';
const annJoined = (m: Received) =>
  (m.event === 'newConference' && m.data.members.some((x) => x.confid === ann.confid)) ||
  (m.event === 'newMember' && m.data.confid === ann.confid);

/**
 * Two connectors on one journal stream. `b` has an Event Socket of its own, to a simulator nobody calls
 * (it reads its directory from it, for the logins); its reconciliation is off, so only `a` writes once
 * both started.
 */
describe('two connectors sharing the journal in one JetStream stream', () => {
  let nats: NatsServer;
  let a: TestSystem;
  let b: TestSystem;
  const opened: LiveTestClient[] = [];
  const journalOf = (system: TestSystem) => system.app.get(Journal);
  const connect = async (system: TestSystem) => {
    const client = await eventually(() => LiveTestClient.open(system.url, 'login=publicuser:pw22000'));
    opened.push(client);
    const reply = (await client.ask({ req: 'init' }, isReply)) as { epoch: string };
    return { client, epoch: reply.epoch };
  };

  beforeAll(async () => {
    nats = await startNatsServer();
    const env = { NATS_URL: nats.url, NATS_STREAM: 'replicas', LIVE_RECONCILE_MS: '0' };
    a = await startSystem(env);
    await eventually(() => expect(journalOf(a).seq).toBeGreaterThan(0));
    b = await startSystem(env);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(opened.map((client) => client.close()));
    await b?.stop();
    await a?.stop();
    await nats?.remove();
  });

  it('shows a live client on the second the deltas the first ingested, with the same seqs and epoch', async () => {
    // given both connectors have read the same entries, and a live client on each
    await eventually(async () => {
      expect([(await fetch(`${a.url}/readyz`)).status, (await fetch(`${b.url}/readyz`)).status]).toEqual([
        200, 200,
      ]);
      expect(journalOf(b).seq).toBe(journalOf(a).seq);
    });
    const [onA, onB] = [await connect(a), await connect(b)];
    // when a member joins on the first connector's switch
    conferenceEvents(a.simulator).join('public_conf', ann);
    // then both clients get the same delta under the same seq, and both journals hold the same entries
    const [seenOnA, seenOnB] = await Promise.all([onA.client.next(annJoined), onB.client.next(annJoined)]);
    expect(seenOnB).toEqual(seenOnA);
    expect(seenOnB.seq).toBeGreaterThan(0);
    expect(onB.epoch).toBe(onA.epoch);
    await eventually(() =>
      expect(journalOf(b).readAfter(0, 10_000)).toEqual(journalOf(a).readAfter(0, 10_000)),
    );
  });

  it('answers /readyz with 503 naming the journal while nats-server is down, and 200 once it is back, the second following again', async () => {
    const readiness = async (system: TestSystem) => {
      const response = await fetch(`${system.url}/readyz`);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    await nats.stop();
    await eventually(async () =>
      expect(await readiness(a)).toEqual({
        status: 503,
        body: { ready: false, reasons: [NOT_READY_REASONS.journalWritable] },
      }),
    );
    await nats.start();
    await eventually(async () => expect((await readiness(a)).status).toBe(200));
    await eventually(async () => expect((await readiness(b)).status).toBe(200));
    conferenceEvents(a.simulator).join('public_conf', bob);
    await eventually(() => {
      const kinds = journalOf(b)
        .readAfter(0, 10_000)
        .map((entry) => entry.kind);
      expect(kinds.filter((kind) => kind === 'member.joined')).toHaveLength(2);
      expect(journalOf(b).readAfter(0, 10_000)).toEqual(journalOf(a).readAfter(0, 10_000));
    });
  });
});
