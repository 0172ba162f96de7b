import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CommandBus } from '@nestjs/cqrs';
import { DEFAULT_CONTEXT_RANGES, type XmlState } from '@fscon/contracts';
import { createConfigFileRenderer } from '@fscon/fs-xml';
import { openSqliteJournal } from '@fscon/journal';
import { FakeEventSocket } from '../../../test/support/fake-event-socket';
import type { AppConfig } from '../../config/app-config';
import type { RebuildXmlStateCommand } from '../../xml-state/commands/rebuild-xml-state/rebuild-xml-state.command';
import { Journal } from '../../journal/journal';
import { OwnReloads } from '../../xml-state/own-reloads';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';
import { AdminJournal } from '../admin-journal';
import { ConfigFolder } from '../config-folder';
import { ConfigTransactions } from '../config-transactions';
import { ConfigWriter } from '../config-writer';
import { readFsXmlTemplates } from '../fs-xml-templates';
import { WriteIntentStore } from '../recovery/write-intent-store';

export const REFUSED = '+OK [[error near line 7]: missing >]\n';

export interface HarnessOptions {
  /** FreeSWITCH's answers to reloadxml in turn, the last one for good; an Error is thrown. */
  reloadAnswers?: (string | Error)[];
  /** Errors the next rebuilds fail with, in turn; the rebuilds after them succeed. */
  rebuildFailures?: Error[];
}

/**
 * ConfigTransactions over a temporary configuration folder holding `files` and a temporary static
 * folder, a FreeSWITCH that answers reloadxml as told, and a rebuild that keeps `state` (recording the
 * reload that caused it).
 */
export function configFilesHarness(
  state: XmlState,
  files: Record<string, string>,
  options: HarnessOptions = {},
) {
  const reloadAnswers = options.reloadAnswers ?? ['+OK [Success]\n'];
  const rebuildFailures = [...(options.rebuildFailures ?? [])];
  const root = mkdtempSync(join(tmpdir(), 'fscon-conf-'));
  const staticDir = mkdtempSync(join(tmpdir(), 'fscon-static-'));
  Object.entries(files).forEach(([path, content]) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  });
  const esl = new FakeEventSocket().answer('reloadxml', async () => {
    const next = reloadAnswers.length > 1 ? reloadAnswers.shift()! : reloadAnswers[0];
    if (next instanceof Error) throw next;
    return next;
  });
  const readModel = new XmlStateReadModel();
  readModel.replace(state);
  const rebuilds: RebuildXmlStateCommand[] = [];
  const commandBus = {
    execute: async (command: RebuildXmlStateCommand) => {
      rebuilds.push(command);
      const failure = rebuildFailures.shift();
      if (failure) throw failure;
      const current = readModel.require();
      readModel.replace({
        ...current,
        info: { ...current.info, reloadxml: command.reloadxml ?? current.info.reloadxml },
      });
      return readModel.require();
    },
  } as unknown as CommandBus;
  const renderer = createConfigFileRenderer(readFsXmlTemplates());
  const config = {
    ranges: DEFAULT_CONTEXT_RANGES,
    paths: { switchConf: root, static: staticDir },
  } as AppConfig;
  const folder = new ConfigFolder(root);
  const reloads = new OwnReloads(esl, commandBus, readModel);
  const intents = new WriteIntentStore(staticDir);
  const writer = new ConfigWriter(esl, reloads, folder, intents);
  const journalStore = openSqliteJournal({ path: ':memory:' });
  const journal = new Journal(journalStore, {
    onListenerError: (error) => {
      throw error;
    },
  });
  return {
    root,
    staticDir,
    esl,
    rebuilds,
    renderer,
    config,
    folder,
    reloads,
    intents,
    writer,
    adminJournal: new AdminJournal(journal),
    /** Every entry the journal holds. */
    journaled: () => journalStore.readAfter(0, 1000),
    transactions: new ConfigTransactions(readModel, folder, writer, renderer),
    file: (path: string) => join(root, path),
    read: (path: string) =>
      existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined,
    cleanUp: () => [root, staticDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}
