import { Logger } from '@nestjs/common';
import type { CommandBus } from '@nestjs/cqrs';
import type { XmlState } from '@fscon/contracts';
import { EslError } from '../esl/esl.errors';
import { FakeEventSocket } from '../../test/support/fake-event-socket';
import type { RebuildXmlStateCommand } from './commands/rebuild-xml-state/rebuild-xml-state.command';
import { OwnReloads } from './own-reloads';
import { XmlStateReadModel } from './xml-state.read-model';

const STATE: XmlState = {
  info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
  globals: {},
  users: [],
  conferences: [],
  conferencetypes: [],
};
const REFUSED = '+OK [[error near line 525]: unexpected closing tag </users>]';

function setUp(reloadAnswers: string[], rebuild: () => Promise<XmlState> = async () => STATE) {
  const esl = new FakeEventSocket().answer('reloadxml', async () => reloadAnswers.shift()!);
  const readModel = new XmlStateReadModel();
  readModel.replace(STATE);
  const rebuilds: RebuildXmlStateCommand[] = [];
  const commandBus = {
    execute: (command: RebuildXmlStateCommand) => {
      rebuilds.push(command);
      return rebuild();
    },
  } as unknown as CommandBus;
  return { rebuilds, reloads: new OwnReloads(esl, commandBus, readModel) };
}

describe('OwnReloads', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('given two reloads in one run, rebuilds once afterwards, recording the last one', async () => {
    const { rebuilds, reloads } = setUp([REFUSED, '+OK [Success]']);
    const seen: boolean[] = [];

    const { result, state } = await reloads.run(async (reload) => {
      seen.push(reloads.inProgress());
      const first = await reload();
      await reload();
      seen.push(reloads.inProgress());
      return first.accepted;
    });

    expect(result).toBe(false);
    expect(state).toBe(STATE);
    expect(rebuilds).toHaveLength(1);
    expect(rebuilds[0].reloadxml).toEqual({ lastrun: expect.any(String), lastmsg: '+OK [Success]' });
    expect(seen).toEqual([true, true]);
    expect(reloads.inProgress()).toBe(false);
  });

  it('given the work fails, rebuilds all the same and then passes the error on', async () => {
    const { rebuilds, reloads } = setUp(['+OK [Success]']);
    const failure = new EslError('ESL.TIMEOUT', 'no answer');

    const run = reloads.run(async (reload) => {
      await reload();
      throw failure;
    });

    await expect(run).rejects.toBe(failure);
    expect(rebuilds).toHaveLength(1);
    expect(reloads.inProgress()).toBe(false);
  });

  it('given the rebuild fails, keeps the last state and says why', async () => {
    const failure = new Error('no answer');
    const { reloads } = setUp(['+OK [Success]'], () => Promise.reject(failure));

    const { state, rebuildError } = await reloads.run((reload) => reload());

    expect(state).toBe(STATE);
    expect(rebuildError).toBe(failure);
  });

  it('given a reload is due, the next connection reloads before it reads; an accepted reload settles it', async () => {
    const { rebuilds, reloads } = setUp(['+OK [Success]', '+OK [Success]']);
    reloads.reloadOnConnect();

    await reloads.connected();
    await reloads.connected();
    reloads.reloadOnConnect();
    await reloads.run((reload) => reload());
    await reloads.connected();

    expect(rebuilds.map((command) => command.reason)).toEqual([
      'reloadxml',
      'connected',
      'reloadxml',
      'connected',
    ]);
  });
});
