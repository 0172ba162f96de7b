import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CommandBus } from '@nestjs/cqrs';
import { DEFAULT_CONTEXT_RANGES, type XmlState } from '@fscon/contracts';
import { createConfigFileRenderer } from '@fscon/fs-xml';
import { FakeEventSocket } from '../../../test/support/fake-event-socket';
import type { AppConfig } from '../../config/app-config';
import type { RebuildXmlStateCommand } from '../../xml-state/commands/rebuild-xml-state/rebuild-xml-state.command';
import { OwnReloads } from '../../xml-state/own-reloads';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';
import { ConfigFolder } from '../config-folder';
import { ConfigTransactions } from '../config-transactions';
import { readFsXmlTemplates } from '../fs-xml-templates';

export const REFUSED = '+OK [[error near line 7]: missing >]\n';

/**
 * ConfigTransactions over a temporary configuration folder holding `files`, a FreeSWITCH that answers
 * reloadxml with `reloadAnswers` in turn (the last one for good), and a rebuild that keeps `state`.
 */
export function configFilesHarness(
  state: XmlState,
  files: Record<string, string>,
  reloadAnswers: string[] = ['+OK [Success]\n'],
) {
  const root = mkdtempSync(join(tmpdir(), 'fscon-conf-'));
  Object.entries(files).forEach(([path, content]) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  });
  const esl = new FakeEventSocket().answer('reloadxml', async () =>
    reloadAnswers.length > 1 ? reloadAnswers.shift()! : reloadAnswers[0],
  );
  const readModel = new XmlStateReadModel();
  readModel.replace(state);
  const rebuilds: RebuildXmlStateCommand[] = [];
  const commandBus = {
    execute: async (command: RebuildXmlStateCommand) => {
      rebuilds.push(command);
      return readModel.require();
    },
  } as unknown as CommandBus;
  const renderer = createConfigFileRenderer(readFsXmlTemplates());
  const config = { ranges: DEFAULT_CONTEXT_RANGES, paths: { switchConf: root } } as AppConfig;
  return {
    root,
    esl,
    rebuilds,
    renderer,
    config,
    transactions: new ConfigTransactions(
      esl,
      readModel,
      new OwnReloads(esl, commandBus, readModel),
      new ConfigFolder(root),
      renderer,
    ),
    read: (path: string) =>
      existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined,
    cleanUp: () => rmSync(root, { recursive: true, force: true }),
  };
}
