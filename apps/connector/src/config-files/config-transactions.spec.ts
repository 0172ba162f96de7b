import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import type { XmlState } from '@fscon/contracts';
import { EslError } from '../esl/esl.errors';
import type { ConfigChange } from './config-change';
import { configFilesHarness } from './test-support/config-files-harness';

const STATE: XmlState = {
  info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
  globals: {},
  users: [],
  conferences: [],
  conferencetypes: ['16kHz-novideo'],
};
const REFUSED = '+OK [[error near line 12]: missing >]\n';
const conference = (num: string, name: string): ConfigChange => ({
  type: 'ConferenceFileWritten',
  conference: { num, name, type: '16kHz-novideo' },
});

function setUp(reloadAnswers: (string | Error)[] = ['+OK [Success]\n'], rebuildFailures: Error[] = []) {
  const harness = configFilesHarness(STATE, {}, { reloadAnswers, rebuildFailures });
  mkdirSync(harness.file('dialplan/conferences'), { recursive: true });
  return harness;
}

describe('ConfigTransactions', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('given FreeSWITCH accepts, when committing, then the files change and the state is rebuilt before it returns', async () => {
    const { esl, rebuilds, transactions, file, cleanUp } = setUp();
    writeFileSync(file('dialplan/conferences/30005.xml'), 'old');
    const outcome = await transactions.run((tx) =>
      tx.commitChanges([conference('30001', 'a'), { type: 'ConferenceFileRemoved', num: '30005' }]),
    );
    expect(outcome).toMatchObject({ accepted: true, changed: true });
    expect(readFileSync(file('dialplan/conferences/30001.xml'), 'utf8')).toContain('a@16kHz-novideo');
    expect(readdirSync(file('dialplan/conferences'))).toEqual(['30001.xml']);
    expect(esl.sent).toEqual(['reloadxml']);
    expect(rebuilds).toHaveLength(1);
    expect(rebuilds[0].reloadxml).toEqual({ lastrun: expect.any(String), lastmsg: '+OK [Success]' });
    cleanUp();
  });

  it('given FreeSWITCH refuses, then every file is put back byte for byte and the state is rebuilt once, after the second reload', async () => {
    const { esl, rebuilds, transactions, file, cleanUp } = setUp([REFUSED, '+OK [Success]\n']);
    const kept = Buffer.from('<include>\r\n  é \u0000 odd bytes\n</include>');
    writeFileSync(file('dialplan/conferences/30000.xml'), kept);
    chmodSync(file('dialplan/conferences/30000.xml'), 0o600);
    writeFileSync(file('dialplan/conferences/30007.xml'), 'to be deleted');

    const outcome = await transactions.run((tx) =>
      tx.commitChanges([
        conference('30000', 'changed'),
        conference('30001', 'created'),
        { type: 'ConferenceFileRemoved', num: '30007' },
      ]),
    );

    expect(outcome).toEqual({
      accepted: false,
      error: 'FreeSWITCH refused the new configuration: [error near line 12]: missing >',
    });
    expect(readFileSync(file('dialplan/conferences/30000.xml'))).toEqual(kept);
    expect(statSync(file('dialplan/conferences/30000.xml')).mode & 0o777).toBe(0o600);
    expect(readFileSync(file('dialplan/conferences/30007.xml'), 'utf8')).toBe('to be deleted');
    expect(readdirSync(file('dialplan/conferences')).sort()).toEqual(['30000.xml', '30007.xml']);
    expect(esl.sent).toEqual(['reloadxml', 'reloadxml']);
    expect(rebuilds.map((command) => command.reloadxml?.lastmsg)).toEqual(['+OK [Success]']);
    cleanUp();
  });

  it('given FreeSWITCH is not connected, then nothing is written and the caller learns why', async () => {
    const { esl, transactions, file, cleanUp } = setUp();
    esl.connection.next('disconnected');
    await expect(transactions.run((tx) => tx.commitChanges([conference('30001', 'a')]))).rejects.toThrow(
      EslError,
    );
    expect(readdirSync(file('dialplan/conferences'))).toEqual([]);
    expect(esl.sent).toEqual([]);
    cleanUp();
  });

  it('given reloadxml gets no answer, then the files are put back, the state rebuilt and the error goes to the caller', async () => {
    const timeout = new EslError('ESL.TIMEOUT', 'bgapi reloadxml: no answer');
    const { rebuilds, transactions, file, cleanUp } = setUp([timeout, '+OK [Success]\n']);
    await expect(transactions.run((tx) => tx.commitChanges([conference('30001', 'a')]))).rejects.toThrow(
      timeout,
    );
    expect(readdirSync(file('dialplan/conferences'))).toEqual([]);
    expect(rebuilds.map((command) => command.reloadxml?.lastmsg)).toEqual(['+OK [Success]']);
    cleanUp();
  });

  it.each([
    [new EslError('ESL.TIMEOUT', 'api xml_locate directory: no answer'), 'ESL.TIMEOUT'],
    [new Error('the directory is no XML'), 'XMLSTATE.UNREADABLE'],
  ])(
    'given FreeSWITCH accepts but the state cannot be read (%s), then the files are put back, FreeSWITCH reloads and the write fails',
    async (failure, code) => {
      const { esl, rebuilds, transactions, file, cleanUp } = setUp(['+OK [Success]\n'], [failure]);
      writeFileSync(file('dialplan/conferences/30000.xml'), 'kept');

      const write = transactions.run((tx) =>
        tx.commitChanges([conference('30000', 'changed'), conference('30001', 'created')]),
      );

      await expect(write).rejects.toMatchObject({
        code,
        message: `FreeSWITCH accepted the new configuration, but it could not be read back (${failure.message}); the change was taken back`,
      });
      expect(readdirSync(file('dialplan/conferences'))).toEqual(['30000.xml']);
      expect(readFileSync(file('dialplan/conferences/30000.xml'), 'utf8')).toBe('kept');
      expect(esl.sent).toEqual(['reloadxml', 'reloadxml']);
      expect(rebuilds).toHaveLength(2);
      cleanUp();
    },
  );

  it('runs transactions one after the other, each seeing the state the one before left', async () => {
    const { transactions, cleanUp } = setUp();
    const seen: string[] = [];
    await Promise.all(
      ['first', 'second', 'third'].map((name, index) =>
        transactions.run(async (tx) => {
          seen.push(`${name} sees ${tx.state.info.reloadxml.lastmsg || 'nothing'}`);
          await tx.commitChanges([conference(`3000${index}`, name)]);
        }),
      ),
    );
    expect(seen).toEqual(['first sees nothing', 'second sees +OK [Success]', 'third sees +OK [Success]']);
    cleanUp();
  });

  it('does not reload when there is nothing to change', async () => {
    const { esl, transactions, cleanUp } = setUp();
    await expect(transactions.run((tx) => tx.commitChanges([]))).resolves.toMatchObject({ changed: false });
    expect(esl.sent).toEqual([]);
    cleanUp();
  });
});
