import { Logger } from '@nestjs/common';
import { openSqliteJournal } from '@fscon/journal';
import { Journal } from '../journal/journal';
import { adminEntry } from './admin-entries';
import { AdminJournal } from './admin-journal';

const write = {
  op: 'users/del',
  caller: 'defaultuser',
  elements: 2,
  entries: (time: number) => [adminEntry('defaultuser', time, 'user.deleted', { op: 'users/del' })],
};

function adminJournal(unavailable?: string) {
  const store = openSqliteJournal({ path: ':memory:' });
  const journal = new Journal(store, { onListenerError: jest.fn(), unavailable });
  return { admin: new AdminJournal(journal), kinds: () => store.readAfter(0, 10).map((entry) => entry.kind) };
}

describe('AdminJournal', () => {
  afterEach(() => jest.restoreAllMocks());

  it('records the entries of an accepted commit, and nothing when nothing changed', async () => {
    const { admin, kinds } = adminJournal();
    await admin.commit(write, async () => ({ accepted: true, changed: false, state: {} as never }));
    expect(kinds()).toEqual([]);
    await admin.commit(write, async () => ({ accepted: true, changed: true, state: {} as never }));
    expect(kinds()).toEqual(['user.deleted']);
  });

  it('records one write.refused when the commit is refused or fails, and passes the failure on', async () => {
    const { admin, kinds } = adminJournal();
    await admin.commit(write, async () => ({ accepted: false, error: 'refused' }));
    await expect(admin.commit(write, () => Promise.reject(new Error('reloadxml timed out')))).rejects.toThrow(
      'reloadxml timed out',
    );
    expect(kinds()).toEqual(['write.refused', 'write.refused']);
  });

  it('logs entries it could not make durable, and still returns the commit', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { admin } = adminJournal('the disk is full');
    const outcome = await admin.commit(write, async () => ({
      accepted: true,
      changed: true,
      state: {} as never,
    }));
    expect(outcome.accepted).toBe(true);
    expect(error).toHaveBeenCalledWith('user.deleted could not be journaled durably: the disk is full');
  });
});
