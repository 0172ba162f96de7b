import { configFilesHarness } from '../../../config-files/test-support/config-files-harness';
import type { PasswordGenerator } from '../password-generator';
import { USER_FILES, USERS_STATE } from '../test-support/users-state.fixture';
import { ModifyUsersCommand } from './modify-users.command';
import { ModifyUsersHandler } from './modify-users.handler';

describe('ModifyUsersHandler', () => {
  it('moves a user to a new context: new id, new file, the old file gone', async () => {
    const harness = configFilesHarness(USERS_STATE, USER_FILES);
    const handler = new ModifyUsersHandler(
      harness.transactions,
      harness.adminJournal,
      { generate: () => 'pw' } as PasswordGenerator,
      harness.config,
    );

    const response = await handler.execute(
      new ModifyUsersCommand([{ id: '20001', context: 'friends' }], 'defaultuser'),
    );

    expect(response).toEqual({
      op: 'users/mod',
      done: [
        {
          id: '21001',
          password: 'pw',
          conpin: '0815',
          context: 'friends',
          name: 'teamuser2',
          email: 'team2@example.org',
          polymac: 'none',
        },
      ],
      failed: [],
    });
    expect(harness.read('directory/team/20001.xml')).toBeUndefined();
    expect(harness.read('directory/friends/21001.xml')).toContain('<user id="21001">');
    expect(harness.journaled().map(({ kind, subject, payload }) => ({ kind, subject, payload }))).toEqual([
      {
        kind: 'user.changed',
        subject: { type: 'user', id: '21001' },
        payload: {
          op: 'users/mod',
          before: {
            id: '20001',
            context: 'team',
            name: 'teamuser2',
            email: 'team2@example.org',
            polymac: '0004f2aabbcc',
          },
          after: {
            id: '21001',
            context: 'friends',
            name: 'teamuser2',
            email: 'team2@example.org',
            polymac: 'none',
          },
        },
      },
    ]);
    harness.cleanUp();
  });
});
