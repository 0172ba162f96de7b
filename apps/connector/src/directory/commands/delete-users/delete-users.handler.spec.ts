import { configFilesHarness } from '../../../config-files/test-support/config-files-harness';
import { DEMO_USERS, USER_FILES, USERS_STATE } from '../test-support/users-state.fixture';
import { DeleteUsersCommand } from './delete-users.command';
import { DeleteUsersHandler } from './delete-users.handler';

describe('DeleteUsersHandler', () => {
  it('removes the user files and answers with the users that went', async () => {
    const harness = configFilesHarness(USERS_STATE, USER_FILES);
    const handler = new DeleteUsersHandler(harness.transactions, harness.adminJournal, harness.config);

    const response = await handler.execute(
      new DeleteUsersCommand([{ id: '22000' }, { id: '1' }], 'defaultuser'),
    );

    expect(response).toEqual({
      op: 'users/del',
      done: [DEMO_USERS[3]],
      failed: [{ error: 'no userid 1', user: { id: '1' } }],
    });
    expect(harness.read('directory/public/22000.xml')).toBeUndefined();
    expect(harness.read('directory/friends/21000.xml')).toBe('file of 21000');
    expect(harness.journaled()).toEqual([
      expect.objectContaining({
        kind: 'user.deleted',
        subject: { type: 'user', id: '22000' },
        payload: {
          op: 'users/del',
          before: {
            id: '22000',
            context: 'public',
            name: 'publicuser',
            email: 'public@example.org',
            polymac: 'none',
          },
          after: null,
        },
      }),
    ]);
    harness.cleanUp();
  });

  it('does not reload FreeSWITCH nor journal anything when nothing changes', async () => {
    const harness = configFilesHarness(USERS_STATE, USER_FILES);
    const handler = new DeleteUsersHandler(harness.transactions, harness.adminJournal, harness.config);
    await handler.execute(new DeleteUsersCommand([{ id: '1' }], 'defaultuser'));
    expect(harness.esl.sent).toEqual([]);
    expect(harness.journaled()).toEqual([]);
    harness.cleanUp();
  });
});
