import { Logger } from '@nestjs/common';
import type { CommandBus } from '@nestjs/cqrs';
import { DEFAULT_CONTEXT_RANGES } from '@fscon/contracts';
import type { AppConfig } from '../config/app-config';
import { inMemoryJournal } from '../journal/test-support/in-memory-journal';
import { XML_STATE_QUERIES } from './commands/rebuild-xml-state/read-xml-state';
import { RebuildXmlStateCommand } from './commands/rebuild-xml-state/rebuild-xml-state.command';
import { RebuildXmlStateHandler } from './commands/rebuild-xml-state/rebuild-xml-state.handler';
import { OwnReloads } from './own-reloads';
import { eslWithCapturedConfiguration } from './test-support/captured-configuration';
import { XmlStateReadModel } from './xml-state.read-model';
import { XmlStateTriggers } from './xml-state.triggers';

const RELOADXML = { name: 'RELOADXML', headers: {} };
const REFUSED = '+OK [[error near line 525]: unexpected closing tag </users>]\n';

/**
 * The triggers, the connector's own reloads and the rebuild handler over a FreeSWITCH that, like the
 * real one, fires RELOADXML before answering an accepted reloadxml and fires nothing for a refused one.
 */
async function setUp(reloadAnswers: string[] = []) {
  const esl = eslWithCapturedConfiguration().answer('reloadxml', async () => {
    const answer = reloadAnswers.shift() ?? '+OK [Success]\n';
    if (answer.startsWith('+OK [Success]')) esl.events.next(RELOADXML);
    return answer;
  });
  const readModel = new XmlStateReadModel();
  const config = { ranges: DEFAULT_CONTEXT_RANGES } as AppConfig;
  const handler = new RebuildXmlStateHandler(esl, readModel, inMemoryJournal(), config);
  const commandBus = {
    execute: (command: RebuildXmlStateCommand) => handler.execute(command),
  } as unknown as CommandBus;
  const reloads = new OwnReloads(esl, commandBus, readModel);
  new XmlStateTriggers(esl, commandBus, reloads).onApplicationBootstrap();
  await handler.execute(new RebuildXmlStateCommand('connected'));
  esl.sent.length = 0;
  const reads = () => esl.sent.filter((command) => command === XML_STATE_QUERIES.directory).length;
  return { esl, reloads, reads };
}

beforeAll(() => Logger.overrideLogger(false));

describe('XmlStateTriggers with the connector’s own reloads', () => {
  it('given a RELOADXML from elsewhere, reads the state once', async () => {
    const { esl, reads } = await setUp();

    esl.events.next(RELOADXML);

    expect(reads()).toBe(1);
  });

  it('given an accepted reload of its own, reads the state once, after it', async () => {
    const { esl, reloads, reads } = await setUp();

    await reloads.run((reload) => reload());

    expect(reads()).toBe(1);
    expect(esl.sent).toEqual(['reloadxml', ...Object.values(XML_STATE_QUERIES)]);
  });

  it('given a refused reload put right by a second one, reads the state once, after both', async () => {
    const { esl, reloads, reads } = await setUp([REFUSED]);

    await reloads.run(async (reload) => {
      await reload();
      await reload();
    });

    expect(reads()).toBe(1);
    expect(esl.sent.slice(0, 2)).toEqual(['reloadxml', 'reloadxml']);
  });

  it('given a RELOADXML from elsewhere during a reload of its own, reads once, after both', async () => {
    const { esl, reloads, reads } = await setUp();

    await reloads.run(async (reload) => {
      esl.events.next(RELOADXML);
      await reload();
    });

    expect(reads()).toBe(1);
    expect(esl.sent[0]).toBe('reloadxml');
  });

  it('given a RELOADXML from elsewhere once its own rebuild is asked for, reads again', async () => {
    const { esl, reloads, reads } = await setUp();

    await reloads.run((reload) => reload());
    esl.events.next(RELOADXML);

    expect(reads()).toBe(2);
  });
});
