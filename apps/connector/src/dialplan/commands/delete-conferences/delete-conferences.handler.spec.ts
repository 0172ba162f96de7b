import { configFilesHarness } from '../../../config-files/test-support/config-files-harness';
import { CONFERENCE_FILES, CONFERENCES_STATE, DEMO_CONFERENCES } from '../test-support/conferences.fixture';
import { DeleteConferencesCommand } from './delete-conferences.command';
import { DeleteConferencesHandler } from './delete-conferences.handler';

describe('DeleteConferencesHandler', () => {
  it('removes the extension files and answers with the conferences that went', async () => {
    const harness = configFilesHarness(CONFERENCES_STATE, CONFERENCE_FILES);
    const response = await new DeleteConferencesHandler(
      harness.transactions,
      harness.adminJournal,
      harness.config,
    ).execute(new DeleteConferencesCommand([{ num: '30000' }], 'defaultuser'));
    expect(response).toEqual({ op: 'conferences/del', done: [DEMO_CONFERENCES[0]], failed: [] });
    expect(harness.read('dialplan/conferences/30000.xml')).toBeUndefined();
    expect(harness.read('dialplan/conferences/31000.xml')).toBe('file of 31000');
    expect(harness.journaled()).toEqual([
      expect.objectContaining({
        kind: 'conference.deleted',
        subject: { type: 'conference', name: '30000' },
        payload: { op: 'conferences/del', before: DEMO_CONFERENCES[0], after: null },
      }),
    ]);
    harness.cleanUp();
  });
});
