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
const transfer: ExtensionSpec = {
  name: 'friends_conferences',
  conditions: [
    { expression: '^(31[0-9][0-9][0-9])$', actions: [{ application: 'transfer', data: '$1 XML team' }] },
  ],
};

describe('parseDialplan on generated dialplans of any shape', () => {
  it('reads an extension whose only action is the conference', () => {
    const extension = {
      name: 'c',
      conditions: [{ expression: '30001', actions: [conferenceAction('c@video')] }],
    };
    expect(parse(inTeamContext(extension))).toEqual({
      value: [{ num: '30001', name: 'c', type: 'video', context: 'team' }],
      warnings: [],
    });
  });

  it('reads conferences of every context, passing over the other extensions silently', () => {
    const friends: Conference = { num: '31000', name: 'f', type: 'audio', context: 'friends' };
    const contexts: ContextSpec[] = [
      { name: 'friends', extensions: [transfer, conferenceExtension(friends)] },
      { name: 'empty', extensions: [] },
      { name: 'team', extensions: [{ name: 'no-conditions', conditions: [] }, conferenceExtension(team)] },
    ];
    expect(parse(contexts)).toEqual({ value: [friends, team], warnings: [] });
  });

  it('takes the number from the condition holding the conference action, nested or not', () => {
    const extension: ExtensionSpec = {
      name: 'n',
      conditions: [
        { expression: '^set$', actions: [{ application: 'set', data: 'x=1' }] },
        {
          expression: '^.*$',
          conditions: [{ expression: '^30002$', actions: [conferenceAction('n@p+1234++flags{mute}')] }],
        },
      ],
    };
    expect(parse(inTeamContext(extension)).value).toEqual([
      { num: '30002', name: 'n', type: 'p', context: 'team' },
    ]);
  });

  it('ignores anti-actions and accepts the application name in any case', () => {
    const anti = {
      name: 'anti',
      conditions: [{ expression: '30003', actions: [{ ...conferenceAction('a@p'), anti: true }] }],
    };
    const upper = {
      name: 'upper',
      conditions: [{ expression: '30004', actions: [{ application: 'Conference', data: 'u@p' }] }],
    };
    expect(parse(inTeamContext(anti, upper)).value).toEqual([
      { num: '30004', name: 'upper', type: 'p', context: 'team' },
    ]);
  });

  it('skips an extension with two conference actions, in one condition or in two', () => {
    const twice: ExtensionSpec = {
      name: 'twice',
      conditions: [{ expression: '30005', actions: [conferenceAction('a@p'), conferenceAction('b@p')] }],
    };
    const split: ExtensionSpec = {
      name: 'split',
      conditions: [
        { expression: '30006', actions: [conferenceAction('a@p')] },
        { expression: '30007', actions: [conferenceAction('b@p')] },
      ],
    };
    expect(parse(inTeamContext(twice, split))).toEqual({
      value: [],
      warnings: [
        'extension "twice" (context "team") has 2 conference actions and was skipped',
        'extension "split" (context "team") has 2 conference actions and was skipped',
      ],
    });
  });

  it('warns when the answer is another section', () => {
    expect(parseDialplan('<section name="directory"/>', DEFAULT_CONTEXT_RANGES)).toEqual({
      value: [],
      warnings: ['no <section name="dialplan"> in the answer (its root is <section name="directory">)'],
    });
  });
});
