import { configFilesHarness } from '../../../config-files/test-support/config-files-harness';
import { CONFERENCE_FILES, CONFERENCES_STATE } from '../test-support/conferences.fixture';
import { ModifyConferencesCommand } from './modify-conferences.command';
import { ModifyConferencesHandler } from './modify-conferences.handler';

describe('ModifyConferencesHandler', () => {
  it('moves a conference to a new context: new number, new file, the old file gone', async () => {
    const harness = configFilesHarness(CONFERENCES_STATE, CONFERENCE_FILES);
    const response = await new ModifyConferencesHandler(
      harness.transactions,
      harness.adminJournal,
      harness.config,
    ).execute(new ModifyConferencesCommand([{ num: '32000', context: 'team' }], 'defaultuser'));
    expect(response).toEqual({
      op: 'conferences/mod',
      done: [{ num: '30001', name: 'public_conf', type: '48kHz-video', context: 'team' }],
      failed: [],
    });
    expect(harness.read('dialplan/conferences/32000.xml')).toBeUndefined();
    expect(harness.read('dialplan/conferences/30001.xml')).toContain('public_conf@48kHz-video');
    expect(harness.journaled().map(({ kind, subject, payload }) => ({ kind, subject, payload }))).toEqual([
      {
        kind: 'conference.changed',
        subject: { type: 'conference', name: '30001' },
        payload: {
          op: 'conferences/mod',
          before: { num: '32000', name: 'public_conf', type: '48kHz-video', context: 'public' },
          after: { num: '30001', name: 'public_conf', type: '48kHz-video', context: 'team' },
        },
      },
    ]);
    harness.cleanUp();
  });
});
