import { projected } from '../test-support/collected-history';
import { EntryLog } from '../test-support/history-entries';
import { joined, member } from '../../../live-state/src/test-support/live-builders';

const T0 = Date.UTC(2026, 11, 1, 9);

describe('the audit log projected from the journal', () => {
  it('keeps admin writes, refused writes and configuration store and restore, and nothing else', () => {
    // given admin entries among live and connection entries
    const user = { id: '20005', name: 'Eve', context: 'team' };
    const log = new EntryLog(T0)
      .admin(
        'user.added',
        'defaultuser',
        { op: 'users/add', before: null, after: user },
        { type: 'user', id: '20005' },
      )
      .live(joined('3000', member('1', '20000', '20000')))
      .connector('connection.up', {})
      .admin('write.refused', 'defaultuser', { op: 'conferences/add', error: '-ERR bad xml', elements: 2 })
      .admin('config.stored', 'admin2', { op: 'maintenance/store', file: 'conf-2026.tgz' });
    // then the audit has the three admin entries with actor, subject, objects and error
    expect(projected(log.entries).auditRows).toEqual([
      {
        seq: 1,
        at: T0,
        actor: 'defaultuser',
        kind: 'user.added',
        subject: '20005',
        before: null,
        after: user,
        error: null,
      },
      {
        seq: 4,
        at: T0 + 3000,
        actor: 'defaultuser',
        kind: 'write.refused',
        subject: '',
        before: null,
        after: null,
        error: '-ERR bad xml',
      },
      {
        seq: 5,
        at: T0 + 4000,
        actor: 'admin2',
        kind: 'config.stored',
        subject: '',
        before: null,
        after: { file: 'conf-2026.tgz' },
        error: null,
      },
    ]);
  });
});
