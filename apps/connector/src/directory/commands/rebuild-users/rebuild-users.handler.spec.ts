import { configFilesHarness } from '../../../config-files/test-support/config-files-harness';
import { DEMO_USERS } from '../test-support/users-view.fixture';
import { USER_FILES, USERS_STATE } from '../test-support/users-state.fixture';
import { RebuildUsersHandler } from './rebuild-users.handler';

describe('RebuildUsersHandler', () => {
  it('writes every user file anew from the state', async () => {
    const harness = configFilesHarness(USERS_STATE, USER_FILES);
    const handler = new RebuildUsersHandler(harness.transactions, harness.config);

    const response = await handler.execute();

    expect(response).toEqual({ op: 'users/rebuild', done: DEMO_USERS, failed: [] });
    expect(harness.read('directory/team/20000.xml')).toBe(
      harness.renderer.user({ ...DEMO_USERS[0], conpin: { reference: 'modconpin' } }),
    );
    expect(harness.esl.sent).toEqual(['reloadxml']);
    harness.cleanUp();
  });
});
