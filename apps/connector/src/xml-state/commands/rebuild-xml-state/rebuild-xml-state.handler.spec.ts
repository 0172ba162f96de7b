import { Logger } from '@nestjs/common';
import { DEFAULT_CONTEXT_RANGES } from '@fscon/contracts';
import type { AppConfig } from '../../../config/app-config';
import { EslError } from '../../../esl/esl.errors';
import { capture } from '../../../../test/support/captures';
import { inMemoryJournal } from '../../../journal/test-support/in-memory-journal';
import { eslWithCapturedConfiguration } from '../../test-support/captured-configuration';
import { XmlStateReadModel } from '../../xml-state.read-model';
import { XML_STATE_QUERIES } from './read-xml-state';
import { RebuildXmlStateCommand } from './rebuild-xml-state.command';
import { RebuildXmlStateHandler } from './rebuild-xml-state.handler';

function setUp() {
  const esl = eslWithCapturedConfiguration();
  const readModel = new XmlStateReadModel();
  const journal = inMemoryJournal();
  const published: unknown[] = [];
  journal.subscribe(({ event }) => published.push(event));
  const config = { ranges: DEFAULT_CONTEXT_RANGES } as AppConfig;
  const handler = new RebuildXmlStateHandler(esl, readModel, journal, config);
  return { esl, readModel, published, handler };
}

beforeAll(() => Logger.overrideLogger(false));

describe('RebuildXmlStateHandler', () => {
  it('given FreeSWITCH answers, when rebuilding, then the read model holds the parsed state', async () => {
    const { readModel, published, handler } = setUp();
    await handler.execute(new RebuildXmlStateCommand('connected'));

    const state = readModel.require();
    expect(state.users.map((user) => user.id)).toEqual(['20000', '20001', '21000', '22000']);
    expect(state.conferences.map((conference) => conference.name)).toEqual(
      expect.arrayContaining(['team_g722', 'friends_conf', 'public_conf']),
    );
    expect(state.conferencetypes).toEqual(['16kHz-novideo', '48kHz-video']);
    expect(state.globals.internal_tls_port).toBe('3361');
    expect(state.info.reloadxml).toEqual({ lastrun: '', lastmsg: '' });
    expect(Date.parse(state.info.maintainance.lastrun)).not.toBeNaN();
    expect(readModel.findByName('frienduser')?.id).toBe('21000');
    expect(published).toEqual([
      {
        type: 'XmlStateRebuilt',
        data: {
          conferences: state.conferences.map(({ name, num, context, type }) => ({
            name,
            num,
            context,
            type,
          })),
        },
      },
    ]);
  });

  it('records the reloadxml that caused the rebuild and keeps it for later rebuilds', async () => {
    const { readModel, handler } = setUp();
    const reload = { lastrun: '2026-11-27T10:00:00.000Z', lastmsg: '+OK [Success]' };
    await handler.execute(new RebuildXmlStateCommand('reloadxml', reload));
    await handler.execute(new RebuildXmlStateCommand('connected'));
    expect(readModel.require().info.reloadxml).toEqual(reload);
  });

  it('keeps the previous state when FreeSWITCH cannot answer', async () => {
    const { esl, readModel, published, handler } = setUp();
    await handler.execute(new RebuildXmlStateCommand('connected'));
    const before = readModel.require();
    esl.answer(XML_STATE_QUERIES.directory, new EslError('ESL.TIMEOUT', 'no answer'));

    await expect(handler.execute(new RebuildXmlStateCommand('reloadxml'))).rejects.toThrow('no answer');
    expect(readModel.require()).toBe(before);
    expect(published).toHaveLength(1);
  });

  it('keeps the failure, from its first moment, until a read succeeds again', async () => {
    const { esl, readModel, handler } = setUp();
    await handler.execute(new RebuildXmlStateCommand('connected'));
    expect(readModel.rebuildFailure()).toBeNull();
    esl.answer(XML_STATE_QUERIES.directory, new EslError('ESL.TIMEOUT', 'no answer'));

    await expect(handler.execute(new RebuildXmlStateCommand('connected'))).rejects.toThrow();
    const first = readModel.rebuildFailure();
    expect(first).toEqual({ error: 'no answer', since: expect.any(String) });
    esl.answer(XML_STATE_QUERIES.directory, new EslError('ESL.TIMEOUT', 'still no answer'));
    await expect(handler.execute(new RebuildXmlStateCommand('reloadxml'))).rejects.toThrow();
    expect(readModel.rebuildFailure()).toEqual({ error: 'still no answer', since: first!.since });

    esl.answer(XML_STATE_QUERIES.directory, capture('startup/outputs/xml_locate_directory.xml'));
    await handler.execute(new RebuildXmlStateCommand('reloadxml'));
    expect(readModel.rebuildFailure()).toBeNull();
  });

  it('keeps the previous state when FreeSWITCH does not know a command yet', async () => {
    const { esl, readModel, published, handler } = setUp();
    await handler.execute(new RebuildXmlStateCommand('connected'));
    const before = readModel.require();
    esl.answer(XML_STATE_QUERIES.globals, '-ERR global_getvar Command not found!\n');

    await expect(handler.execute(new RebuildXmlStateCommand('connected'))).rejects.toThrow(
      'global_getvar: -ERR global_getvar Command not found!',
    );
    expect(readModel.require()).toBe(before);
    expect(published).toHaveLength(1);
  });

  it('never overlaps rebuilds and answers requests made during one with a single later rebuild', async () => {
    const { esl, handler } = setUp();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const directory = capture('startup/outputs/xml_locate_directory.xml');
    esl.answer(XML_STATE_QUERIES.directory, () => gate.then(() => directory));

    const first = handler.execute(new RebuildXmlStateCommand('connected'));
    const second = handler.execute(new RebuildXmlStateCommand('reloadxml'));
    const third = handler.execute(new RebuildXmlStateCommand('reloadxml'));
    expect(esl.sent.filter((command) => command === XML_STATE_QUERIES.directory)).toHaveLength(1);
    release();
    await Promise.all([first, second, third]);

    expect(esl.sent.filter((command) => command === XML_STATE_QUERIES.directory)).toHaveLength(2);
    expect(await second).toBe(await third);
  });
});
