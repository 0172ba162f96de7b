import { connect } from 'nats';
import type { JournalEntry } from '../journal-entry';
import type { JournalStore } from '../journal-store';
import { memberJoined, socketUp, userAdded } from '../test-support/journal-drafts';
import { journalStoreContract } from '../test-support/journal-store-contract';
import { startNatsServer, type NatsServer } from '../test-support/nats-server';
import { openJetStreamJournal } from './jetstream-journal-store';

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

const seqsAndKinds = (store: JournalStore) =>
  store.readAfter(0, 1000).map((entry) => [entry.seq, entry.kind]);

describe('JetStreamJournalStore', () => {
  let server: NatsServer;
  let streams = 0;
  const newStream = () => `journal${++streams}`;
  const open = (stream: string) => openJetStreamJournal({ url: server.url, stream, retryDelayMs: 100 });

  beforeAll(async () => (server = await startNatsServer()));
  afterAll(() => server?.remove());

  describe('the journal store contract', () => {
    journalStoreContract(() => {
      const stream = newStream();
      return Promise.resolve({
        open: () => open(stream),
        another: () => open(newStream()),
        remove: () => Promise.resolve(),
      });
    });
  });

  it('numbers entries with the stream sequence under subjects per node and kind', async () => {
    const stream = newStream();
    const journal = await openJetStreamJournal({ url: server.url, stream, node: 'fs1' });
    await journal.append([memberJoined('3000', 1), socketUp()]).flushed;
    const connection = await connect({ servers: server.url });
    const jsm = await connection.jetstreamManager();

    const stored = await Promise.all([1, 2].map((seq) => jsm.streams.getMessage(stream, { seq })));

    expect(stored.map((message) => [message.seq, message.subject])).toEqual([
      [1, `${stream}.journal.fs1.member.joined`],
      [2, `${stream}.journal.fs1.connection.up`],
    ]);
    await connection.close();
    await journal.close();
  });

  it('lets two connections to one stream see each other’s entries in one order, with the same seqs and epoch', async () => {
    // given two stores on one stream
    const stream = newStream();
    const [a, b] = [await open(stream), await open(stream)];
    const toldB: JournalEntry[] = [];
    b.onEntriesFromOthers((entries) => toldB.push(...entries));
    // when each appends in turn, and then both in the same turn
    await a.append([memberJoined('3000', 1)]).flushed;
    await until(() => b.lastSeq === 1);
    await b.append([userAdded('20001', 'admin')]).flushed;
    await until(() => a.lastSeq === 2);
    const together = [a.append([memberJoined('3000', 2)]), b.append([memberJoined('3000', 3)])];
    const outcomes = await Promise.all(together.map((receipt) => receipt.flushed));
    await until(() => a.lastSeq === 4 && b.lastSeq === 4 && a.health().ok && b.health().ok);
    // then one of the two took seq 3 and the other numbered its entry again after it: both read the
    // same entries under the same seqs, and b was told of a's
    expect(seqsAndKinds(a)).toEqual(seqsAndKinds(b));
    expect(a.readAfter(0, 10)).toEqual(b.readAfter(0, 10));
    expect(seqsAndKinds(a).slice(0, 2)).toEqual([
      [1, 'member.joined'],
      [2, 'user.added'],
    ]);
    expect(together.map((receipt) => receipt.seqs)).toEqual([[3], [3]]);
    expect(outcomes.map((outcome) => outcome.durable).sort()).toEqual([false, true]);
    expect(a.epoch).toBe(b.epoch);
    expect(toldB[0]).toEqual(a.readAfter(0, 1)[0]);
    await Promise.all([a.close(), b.close()]);
  });

  it('loses nothing acknowledged when nats-server is killed and started again, reports itself unhealthy meanwhile, and stores what waited', async () => {
    // given 200 acknowledged entries
    const stream = newStream();
    const journal = await open(stream);
    const acked = await journal.append(Array.from({ length: 200 }, (_, i) => memberJoined('3000', i)))
      .flushed;
    // when the server is killed, an entry is appended, and the server starts again
    await server.stop('SIGKILL');
    await until(() => !journal.health().ok);
    const whileDown = journal.health();
    journal.append([socketUp()]);
    await server.start();
    await until(() => journal.health().ok);
    // then a new connection reads all of them, the one that waited included
    const reader = await open(stream);
    await until(() => reader.lastSeq === 201);

    expect(acked).toEqual({ durable: true });
    expect(whileDown).toMatchObject({ ok: false, reason: expect.stringContaining('unreachable') });
    expect(reader.readAfter(0, 1000).map((entry) => entry.seq)).toEqual(
      Array.from({ length: 201 }, (_, i) => i + 1),
    );
    expect(reader.readAfter(200, 1)[0].kind).toBe('connection.up');
    await Promise.all([journal.close(), reader.close()]);
  });

  it('gives replicas that create the stream at the same moment one epoch', async () => {
    const stream = newStream();

    const opened = await Promise.all([open(stream), open(stream), open(stream)]);

    expect(new Set(opened.map((journal) => journal.epoch)).size).toBe(1);
    await Promise.all(opened.map((journal) => journal.close()));
  });

  it('keeps at most maxUnwritten entries waiting while the server is down and refuses the others', async () => {
    const journal = await openJetStreamJournal({ url: server.url, stream: newStream(), maxUnwritten: 2 });
    await server.stop();
    await until(() => !journal.health().ok);

    const kept = journal.append([socketUp(), socketUp()]);
    const refused = journal.append([socketUp()]);

    expect(kept.seqs).toEqual([1, 2]);
    expect(refused.seqs).toEqual([]);
    expect(await refused.flushed).toMatchObject({ durable: false });
    expect(journal.health()).toMatchObject({ ok: false, unwritten: 2, dropped: 1 });
    await server.start();
    await until(() => journal.health().ok);
    await journal.close();
  });

  it('prunes by setting the stream’s limits, and forgets the entries the server deleted', async () => {
    const stream = newStream();
    const journal = await open(stream);
    await journal.append(Array.from({ length: 1000 }, (_, i) => memberJoined('3000', i))).flushed;

    const report = await journal.prune({ maxAgeDays: 7, maxBytes: 20_000 });
    const connection = await connect({ servers: server.url });
    const info = await (await connection.jetstreamManager()).streams.info(stream);

    expect(report.deleted).toBeGreaterThan(0);
    expect(journal.firstSeq).toBe(report.deleted + 1);
    expect(journal.readAfter(0, 1)[0].seq).toBe(journal.firstSeq);
    expect(journal.lastSeq).toBe(1000);
    expect(info.config.max_age).toBe(7 * 86_400 * 1e9);
    await connection.close();
    await journal.close();
  });
});
