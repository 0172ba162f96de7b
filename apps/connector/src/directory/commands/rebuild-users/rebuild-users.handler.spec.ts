import { configFilesHarness } from '../../../config-files/test-support/config-files-harness';
import { DEMO_USERS, USER_FILES, USERS_STATE } from '../test-support/users-state.fixture';
import { RebuildUsersCommand } from './rebuild-users.command';
import { RebuildUsersHandler } from './rebuild-users.handler';

describe('RebuildUsersHandler', () => {
  it('writes every user file anew from the state', async () => {
    const harness = configFilesHarness(USERS_STATE, USER_FILES);
    const handler = new RebuildUsersHandler(harness.transactions, harness.adminJournal, harness.config);

    const response = await handler.execute(new RebuildUsersCommand('defaultuser'));

    expect(response).toEqual({ op: 'users/rebuild', done: DEMO_USERS, failed: [] });
    expect(harness.read('directory/team/20000.xml')).toBe(
      harness.renderer.user({ ...DEMO_USERS[0], conpin: { reference: 'modconpin' } }),
    );
    expect(harness.esl.sent).toEqual(['reloadxml']);
    expect(harness.journaled()).toEqual([
      expect.objectContaining({
        kind: 'users.rebuilt',
        payload: {
          op: 'users/rebuild',
          users: DEMO_USERS.map(({ id, context, name, email, polymac }) => ({
            id,
            context,
            name,
            email,
            polymac,
          })),
        },
      }),
    ]);
    expect(harness.journaled()[0]).not.toHaveProperty('subject');
    harness.cleanUp();
  });
});
