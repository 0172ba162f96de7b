import { configFilesHarness } from '../../../config-files/test-support/config-files-harness';
import { DEMO_USERS } from '../test-support/users-view.fixture';
import { USER_FILES, USERS_STATE } from '../test-support/users-state.fixture';
import { DeleteUsersCommand } from './delete-users.command';
import { DeleteUsersHandler } from './delete-users.handler';

describe('DeleteUsersHandler', () => {
  it('removes the user files and answers with the users that went', async () => {
    const harness = configFilesHarness(USERS_STATE, USER_FILES);
    const handler = new DeleteUsersHandler(harness.transactions, harness.config);

    const response = await handler.execute(new DeleteUsersCommand([{ id: '22000' }, { id: '1' }]));

    expect(response).toEqual({
      op: 'users/del',
      done: [DEMO_USERS[3]],
      failed: [{ error: 'no userid 1', user: { id: '1' } }],
    });
    expect(harness.read('directory/public/22000.xml')).toBeUndefined();
    expect(harness.read('directory/friends/21000.xml')).toBe('file of 21000');
    harness.cleanUp();
  });

  it('does not reload FreeSWITCH when nothing changes', async () => {
    const harness = configFilesHarness(USERS_STATE, USER_FILES);
    const handler = new DeleteUsersHandler(harness.transactions, harness.config);
    await handler.execute(new DeleteUsersCommand([{ id: '1' }]));
    expect(harness.esl.sent).toEqual([]);
    harness.cleanUp();
  });
});
