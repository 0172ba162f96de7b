import { openSqliteHistory } from '@fscon/history';
import { openSqliteJournal } from '@fscon/journal';
import { tempFolder, type TempFolder } from '../../../../../libs/journal/src/test-support/journal-files';
import { liveEntryDraft } from '../../journal/live-entry-draft';
import { rebuildHistory } from './rebuild-history';

describe('rebuildHistory', () => {
  let folder: TempFolder;
  beforeEach(() => (folder = tempFolder()));
  afterEach(() => folder.remove());

  async function journalWith(conferences: number): Promise<string> {
    const path = folder.file('journal.sqlite');
    const journal = openSqliteJournal({ path });
    const drafts = Array.from({ length: conferences }, (_, i) =>
      liveEntryDraft({ type: 'ConferenceCreated', data: { conference: String(3000 + i) } }, i),
    );
    await journal.append(drafts).flushed;
    await journal.close();
    return path;
  }

  it('projects every entry of the journal and reports its progress', async () => {
    const journal = await journalWith(3);
    const progress: number[] = [];
    const report = rebuildHistory(journal, folder.file('history.sqlite'), ({ done }) => progress.push(done));
    expect([report.entries, report.sessions, report.auditEntries, progress]).toEqual([3, 3, 0, [3]]);
  });

  it('refuses while a running process follows the journal into the history', async () => {
    const journal = await journalWith(1);
    const history = openSqliteHistory(folder.file('history.sqlite'));
    history.claim(process.ppid);
    history.close();
    expect(() => rebuildHistory(journal, folder.file('history.sqlite'))).toThrow(
      `the connector (pid ${process.ppid}) is running on this journal; stop it, then rebuild`,
    );
  });
});
