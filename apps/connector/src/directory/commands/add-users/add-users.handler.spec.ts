import { Logger } from '@nestjs/common';
import { configFilesHarness, REFUSED } from '../../../config-files/test-support/config-files-harness';
import type { PasswordGenerator } from '../password-generator';
import { USER_FILES, USERS_STATE } from '../test-support/users-state.fixture';
import { AddUsersCommand } from './add-users.command';
import { AddUsersHandler } from './add-users.handler';

const passwords = { generate: () => 'generated1' } as PasswordGenerator;
const request = { name: 'Zoë "x"', email: 'zoe@example.org', context: 'public' };

describe('AddUsersHandler', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('writes the new user file, reloads, and answers with the user once the state is rebuilt', async () => {
    const harness = configFilesHarness(USERS_STATE, USER_FILES);
    const handler = new AddUsersHandler(
      harness.transactions,
      harness.adminJournal,
      passwords,
      harness.config,
    );

    const response = await handler.execute(
      new AddUsersCommand([request, { ...request, name: 'other', context: 'x' }], 'defaultuser'),
    );

    const user = {
      id: '22001',
      password: 'generated1',
      conpin: '0815',
      context: 'public',
      name: 'Zoë "x"',
      email: 'zoe@example.org',
      polymac: 'none',
    };
    expect(response).toEqual({
      op: 'users/add',
      done: [user],
      failed: [{ error: 'context does not exist', user: { ...request, name: 'other', context: 'x' } }],
    });
    expect(harness.read('directory/public/22001.xml')).toBe(
      harness.renderer.user({ ...user, context: 'public', conpin: { reference: 'defconpin' } }),
    );
    expect(harness.esl.sent).toEqual(['reloadxml']);
    expect(harness.rebuilds).toHaveLength(1);
    const { password: _password, conpin: _conpin, ...withoutSecrets } = user;
    expect(harness.journaled()).toEqual([
      {
        seq: 1,
        time: expect.any(Number),
        kind: 'user.added',
        source: { type: 'admin', user: 'defaultuser' },
        subject: { type: 'user', id: '22001' },
        payload: { op: 'users/add', before: null, after: withoutSecrets },
      },
    ]);
    harness.cleanUp();
  });

  it("reports every element as failed with FreeSWITCH's message when it refuses, and leaves no file", async () => {
    const harness = configFilesHarness(USERS_STATE, USER_FILES, {
      reloadAnswers: [REFUSED, '+OK [Success]\n'],
    });
    const handler = new AddUsersHandler(
      harness.transactions,
      harness.adminJournal,
      passwords,
      harness.config,
    );

    const response = await handler.execute(new AddUsersCommand([request], 'defaultuser'));

    expect(response).toEqual({
      op: 'users/add',
      done: [],
      failed: [
        { error: 'FreeSWITCH refused the new configuration: [error near line 7]: missing >', user: request },
      ],
    });
    expect(harness.read('directory/public/22001.xml')).toBeUndefined();
    expect(harness.journaled()).toEqual([
      expect.objectContaining({
        kind: 'write.refused',
        source: { type: 'admin', user: 'defaultuser' },
        payload: {
          op: 'users/add',
          error: 'FreeSWITCH refused the new configuration: [error near line 7]: missing >',
          elements: 1,
        },
      }),
    ]);
    harness.cleanUp();
  });
});
