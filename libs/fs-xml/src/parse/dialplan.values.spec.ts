import { DEFAULT_CONTEXT_RANGES, type Conference, type ContextRanges } from '@fscon/contracts';
import {
  conferenceAction,
  conferenceExtension,
  dialplanXml,
  inTeamContext,
  type ContextSpec,
  type ExtensionSpec,
} from '../test-support/dialplan-xml';
import { parseDialplan } from './dialplan';

const team: Conference = { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' };
const parse = (contexts: ContextSpec[], ranges: ContextRanges = DEFAULT_CONTEXT_RANGES) =>
  parseDialplan(dialplanXml(contexts), ranges);

describe('parseDialplan checks and keeps the values of a conference', () => {
  it('accepts an anchored number and skips any other expression', () => {
    const withExpression = (name: string, expression?: string): ExtensionSpec => ({
      name,
      conditions: [{ expression, actions: [conferenceAction(`${name}@p`)] }],
    });
    const result = parse(
      inTeamContext(
        withExpression('anchored', '^30010$'),
        withExpression('group', '^(30011)$'),
        withExpression('pattern', '^3001[0-9]$'),
        withExpression('empty', ''),
        withExpression('none'),
      ),
    );
    expect(result.value).toEqual([{ num: '30010', name: 'anchored', type: 'p', context: 'team' }]);
    expect(result.warnings).toEqual([
      'extension "group" (context "team") matches "^(30011)$", which is not a conference number and was skipped',
      'extension "pattern" (context "team") matches "^3001[0-9]$", which is not a conference number and was skipped',
      'extension "empty" (context "team") matches "", which is not a conference number and was skipped',
      'extension "none" (context "team") matches "", which is not a conference number and was skipped',
    ]);
  });

  it('takes the type between @ and the first +, and skips data without a profile', () => {
    const withData = (name: string, num: string, data: string): ExtensionSpec => ({
      name,
      conditions: [{ expression: num, actions: [conferenceAction(data)] }],
    });
    const result = parse(
      inTeamContext(
        withData('plain', '30020', 'plain@wideband'),
        withData('pin', '30021', 'pin@narrow+4321'),
        withData('no-at', '30022', 'no-at++flags{mute}'),
        withData('empty', '30023', 'empty@++flags{mute}'),
      ),
    );
    expect(result.value.map((conference) => [conference.name, conference.type])).toEqual([
      ['plain', 'wideband'],
      ['pin', 'narrow'],
    ]);
    expect(result.warnings).toEqual([
      'extension "no-at" (context "team") runs conference "no-at++flags{mute}", which names no profile (NAME@PROFILE) and was skipped',
      'extension "empty" (context "team") runs conference "empty@++flags{mute}", which names no profile (NAME@PROFILE) and was skipped',
    ]);
  });

  it('finds the context from the configured ranges and skips numbers outside them', () => {
    const ranges: ContextRanges = {
      ...DEFAULT_CONTEXT_RANGES,
      public: { users: { first: 22000, last: 22999 }, conferences: { first: 9000, last: 9099 } },
    };
    const result = parse(
      inTeamContext(
        conferenceExtension({ num: '9001', name: 'low', type: 'p' }),
        conferenceExtension({ num: '33000', name: 'outside', type: 'p' }),
      ),
      ranges,
    );
    expect(result.value).toEqual([{ num: '9001', name: 'low', type: 'p', context: 'public' }]);
    expect(result.warnings).toEqual([
      'extension "outside" (context "team") has number 33000, which is in no context\'s conference range and was skipped',
    ]);
  });

  it('keeps the first of two conferences with the same number, and skips a nameless one', () => {
    const again = conferenceExtension({ ...team, name: 'again' });
    const nameless = { ...conferenceExtension({ num: '30030', name: 'x', type: 'p' }), name: undefined };
    const result = parse([
      { name: 'team', extensions: [conferenceExtension(team), nameless] },
      { name: 'friends', extensions: [again] },
    ]);
    expect(result).toEqual({
      value: [team],
      warnings: [
        'extension "" (context "team") has no name and was skipped',
        'conference 30000 (extension "again", context "friends") is defined again; the first one is kept',
      ],
    });
  });

  it('decodes escaped and non-ASCII names', () => {
    const name = 'Tom & Jerry\'s "<talk>" — Café 会议 🎉';
    expect(parse(inTeamContext(conferenceExtension({ num: '30040', name, type: 'a&b' }))).value).toEqual([
      { num: '30040', name, type: 'a&b', context: 'team' },
    ]);
  });
});
