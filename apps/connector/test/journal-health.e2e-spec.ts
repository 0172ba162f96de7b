import type { ReadinessResponse } from '@fscon/contracts';
import { openSqliteJournal } from '@fscon/journal';
import {
  setReadOnly,
  tempFolder,
  type TempFolder,
} from '../../../libs/journal/src/test-support/journal-files';
import { NOT_READY_REASONS } from '../src/health/readiness';
import { CapturedLog } from './support/captured-log';
import { conferenceEvents, type Caller } from './support/live-events';
import { LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const ann: Caller = { confid: '1', id: '22000', name: 'ann' };
const bob: Caller = { confid: '2', id: '22001', name: 'bob' };
const joined = (caller: Caller) => (m: Received) =>
  (m.event === 'newConference' && m.data.members.some((x) => x.confid === caller.confid)) ||
  (m.event === 'newMember' && m.data.confid === caller.confid);

describe('a journal file that cannot be written', () => {
  let folder: TempFolder;
  let journalPath: string;
  let system: TestSystem;
  let log: CapturedLog;

  const readiness = async () => {
    const response = await fetch(`${system.url}/readyz`);
    return { status: response.status, body: (await response.json()) as ReadinessResponse };
  };

  beforeAll(async () => {
    // given a journal file made read-only before the connector starts on it
    folder = tempFolder();
    journalPath = folder.file('journal.sqlite');
    await openSqliteJournal({ path: journalPath }).close();
    setReadOnly(journalPath, true);
    log = new CapturedLog();
    system = await startSystem({ JOURNAL_PATH: journalPath }, { logger: log });
  });
  afterAll(async () => {
    await system?.stop();
    setReadOnly(journalPath, false);
    folder?.remove();
  });

  it('leaves the live state served, while /readyz answers 503 naming the journal and the log says why', async () => {
    await eventually(async () =>
      expect(await readiness()).toEqual({
        status: 503,
        body: { ready: false, reasons: [NOT_READY_REASONS.journalWritable] },
      }),
    );
    const client = await LiveTestClient.open(system.url, 'login=publicuser:pw22000');
    await client.ask({ req: 'init' }, (m) => m.event === 'reply');
    conferenceEvents(system.simulator).join('public_conf', ann);
    const delta = await client.next(joined(ann));
    expect(delta.seq).toBeGreaterThan(0);
    expect(log.entries.filter(({ text }) => text.includes('the journal cannot be written'))).toHaveLength(1);
    client.socket.close();
  });

  it('is written again once the file is, with the entries that waited, and /readyz is 200 again', async () => {
    // when the file can be written again
    setReadOnly(journalPath, false);
    // then the connector is ready again, and the events that waited are in the file
    await eventually(async () =>
      expect(await readiness()).toEqual({ status: 200, body: { ready: true, reasons: [] } }),
    );
    const client = await LiveTestClient.open(system.url, 'login=publicuser:pw22000');
    await client.ask({ req: 'init' }, (m) => m.event === 'reply');
    conferenceEvents(system.simulator).join('public_conf', bob);
    await client.next(joined(bob));
    client.socket.close();
    const reader = openSqliteJournal({ path: journalPath });
    const kinds = await eventually(() => {
      const stored = reader.readAfter(0, 10_000).map((entry) => entry.kind);
      expect(stored.filter((kind) => kind === 'member.joined')).toHaveLength(2);
      return stored;
    });
    await reader.close();
    expect(kinds).toEqual(expect.arrayContaining(['connection.up', 'connection.resynced']));
    expect(log.entries.filter(({ text }) => text.includes('the journal is written again'))).toHaveLength(1);
  });
});
