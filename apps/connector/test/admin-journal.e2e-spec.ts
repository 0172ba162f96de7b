import type { JournalEntry } from '@fscon/journal';
import { tempFolder, type TempFolder } from '../../../libs/journal/src/test-support/journal-files';
import { readJournalFile } from '../../../libs/journal/src/sqlite/test-support/journal-file-reader';
import { whileFreeSwitchRefuses } from './support/refused-write';
import { jsonRequests } from './support/json-requests';
import { eventually, startSystem, type TestSystem } from './support/system';

const ADMIN = { type: 'admin', user: 'defaultuser' };
const SECRETS = ['s3cret-one', 's3cret-two', '4711', '9876'];

/**
 * Admin writes against the simulator, each answered only once its entries are in the journal file:
 * read right after each answer, the file holds exactly the entries of what was done, without secrets.
 */
describe('the journal of admin writes', () => {
  let folder: TempFolder;
  let journalPath: string;
  let system: TestSystem;
  const { ok } = jsonRequests(() => system);
  let seenSeq = 0;
  /** The admin entries appended since the last call. */
  const newAdminEntries = (): Omit<JournalEntry, 'seq' | 'time'>[] => {
    const { integrity, entries } = readJournalFile(journalPath);
    expect(integrity).toBe('ok');
    const fresh = entries.filter((entry) => entry.seq > seenSeq);
    seenSeq = entries.at(-1)?.seq ?? seenSeq;
    return fresh
      .filter((entry) => entry.source.type === 'admin')
      .map(({ seq: _seq, time: _time, ...entry }) => entry);
  };

  beforeAll(async () => {
    folder = tempFolder();
    journalPath = folder.file('journal.sqlite');
    system = await startSystem({ JOURNAL_PATH: journalPath });
    await eventually(async () => expect((await fetch(`${system.url}/readyz`)).status).toBe(200));
    newAdminEntries();
  });
  afterAll(async () => {
    await system?.stop();
    folder?.remove();
  });

  it('holds one entry per user added, changed and deleted, without password or pin', async () => {
    const added = await ok('/api/users/add', [
      { name: 'ann', email: 'ann@example.org', context: 'team', password: 's3cret-one', conpin: '4711' },
      { name: 'nobody', email: 'not an email', context: 'team' },
    ]);
    expect(added.failed).toHaveLength(1);
    const ann = { id: '20002', context: 'team', name: 'ann', email: 'ann@example.org', polymac: 'none' };
    expect(newAdminEntries()).toEqual([
      {
        kind: 'user.added',
        source: ADMIN,
        subject: { type: 'user', id: '20002' },
        payload: { op: 'users/add', before: null, after: ann },
      },
    ]);

    await ok('/api/users/mod', [{ id: '20002', context: 'friends', password: 's3cret-two', conpin: '9876' }]);
    const moved = { ...ann, id: '21001', context: 'friends' };
    expect(newAdminEntries()).toEqual([
      {
        kind: 'user.changed',
        source: ADMIN,
        subject: { type: 'user', id: '21001' },
        payload: { op: 'users/mod', before: ann, after: moved },
      },
    ]);

    await ok('/api/users/del', [{ id: '21001' }, { id: '29999' }]);
    expect(newAdminEntries()).toEqual([
      {
        kind: 'user.deleted',
        source: ADMIN,
        subject: { type: 'user', id: '21001' },
        payload: { op: 'users/del', before: moved, after: null },
      },
    ]);
  });

  it('holds one entry per conference added, changed and deleted, the number as subject', async () => {
    await ok('/api/conferences/add', [{ name: 'board', type: '48kHz-video', context: 'team' }]);
    await ok('/api/conferences/mod', [{ num: '30001', name: 'boardroom' }]);
    await ok('/api/conferences/del', [{ num: '30001' }]);
    const board = { num: '30001', name: 'board', type: '48kHz-video', context: 'team' };
    const boardroom = { ...board, name: 'boardroom' };
    const subject = { type: 'conference', name: '30001' };
    expect(newAdminEntries()).toEqual([
      {
        kind: 'conference.added',
        source: ADMIN,
        subject,
        payload: { op: 'conferences/add', before: null, after: board },
      },
      {
        kind: 'conference.changed',
        source: ADMIN,
        subject,
        payload: { op: 'conferences/mod', before: board, after: boardroom },
      },
      {
        kind: 'conference.deleted',
        source: ADMIN,
        subject,
        payload: { op: 'conferences/del', before: boardroom, after: null },
      },
    ]);
  });

  it('holds one write.refused when FreeSWITCH refuses the new configuration, and nothing else', async () => {
    const answer = await whileFreeSwitchRefuses(system, () =>
      ok('/api/users/add', [
        { name: 'r1', email: 'r1@example.org', context: 'team', password: 's3cret-one' },
        { name: 'r2', email: 'r2@example.org', context: 'public' },
      ]),
    );
    expect(newAdminEntries()).toEqual([
      {
        kind: 'write.refused',
        source: ADMIN,
        payload: { op: 'users/add', error: answer.failed[0].error, elements: 2 },
      },
    ]);
    expect(answer.failed[0].error).toMatch(/^FreeSWITCH refused the new configuration: /);
  });

  it('holds the rebuild of the users and the store and restore of a folder', async () => {
    const rebuilt = await ok('/api/users/rebuild');
    const store = await ok('/api/store/conferences');
    await ok('/api/restore/conferences');
    const [users, stored, restored] = newAdminEntries();
    expect(users).toEqual({
      kind: 'users.rebuilt',
      source: ADMIN,
      payload: {
        op: 'users/rebuild',
        users: rebuilt.done.map(({ id, context, name, email, polymac }: Record<string, string>) => ({
          id,
          context,
          name,
          email,
          polymac,
        })),
      },
    });
    expect([stored, restored]).toEqual([
      { kind: 'config.stored', source: ADMIN, payload: { op: 'store/conferences', file: store.done } },
      { kind: 'config.restored', source: ADMIN, payload: { op: 'restore/conferences', file: store.done } },
    ]);
  });

  it('keeps no secret given in a request anywhere in the file', () => {
    const text = JSON.stringify(readJournalFile(journalPath).entries);
    expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([]);
    expect(text).not.toMatch(/"(password|conpin)"/);
  });
});
