import { Logger } from '@nestjs/common';
import { configFilesHarness, REFUSED } from '../../../config-files/test-support/config-files-harness';
import { CONFERENCE_FILES, CONFERENCES_STATE } from '../test-support/conferences.fixture';
import { AddConferencesCommand } from './add-conferences.command';
import { AddConferencesHandler } from './add-conferences.handler';

const request = { name: 'board', type: '16kHz-novideo', context: 'friends' };

describe('AddConferencesHandler', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('writes the extension file, reloads, and answers once the state is rebuilt', async () => {
    const harness = configFilesHarness(CONFERENCES_STATE, CONFERENCE_FILES);
    const response = await new AddConferencesHandler(
      harness.transactions,
      harness.adminJournal,
      harness.config,
    ).execute(new AddConferencesCommand([request], 'defaultuser'));
    expect(response).toEqual({
      op: 'conferences/add',
      done: [{ num: '31001', name: 'board', type: '16kHz-novideo', context: 'friends' }],
      failed: [],
    });
    expect(harness.read('dialplan/conferences/31001.xml')).toBe(
      harness.renderer.conference({ num: '31001', name: 'board', type: '16kHz-novideo' }),
    );
    expect(harness.rebuilds).toHaveLength(1);
    expect(harness.journaled()).toEqual([
      expect.objectContaining({
        kind: 'conference.added',
        source: { type: 'admin', user: 'defaultuser' },
        subject: { type: 'conference', name: '31001' },
        payload: {
          op: 'conferences/add',
          before: null,
          after: { num: '31001', name: 'board', type: '16kHz-novideo', context: 'friends' },
        },
      }),
    ]);
    harness.cleanUp();
  });

  it('reports the elements as failed when FreeSWITCH refuses, and leaves no file', async () => {
    const harness = configFilesHarness(CONFERENCES_STATE, CONFERENCE_FILES, {
      reloadAnswers: [REFUSED, '+OK [Success]\n'],
    });
    const response = await new AddConferencesHandler(
      harness.transactions,
      harness.adminJournal,
      harness.config,
    ).execute(new AddConferencesCommand([request], 'defaultuser'));
    expect(response.failed).toEqual([
      {
        error: 'FreeSWITCH refused the new configuration: [error near line 7]: missing >',
        conference: request,
      },
    ]);
    expect(harness.read('dialplan/conferences/31001.xml')).toBeUndefined();
    harness.cleanUp();
  });
});
