import { givenConferences } from '../test-support/conferences.fixture';
import { decideModifyConferences } from './decide-modify-conferences';

const result = (outcome: { done: unknown } | { error: string }) =>
  'error' in outcome ? outcome.error : outcome.done;

describe('decideModifyConferences', () => {
  it('given a conference, when renaming it, then the rest stays and the file is rewritten', () => {
    const { outcomes, changes } = decideModifyConferences(givenConferences(), [
      { num: '31000', name: 'renamed' },
    ]);
    expect(outcomes.map(result)).toEqual([
      { num: '31000', name: 'renamed', type: '16kHz-novideo', context: 'friends' },
    ]);
    expect(changes).toEqual([
      { type: 'ConferenceFileWritten', conference: { num: '31000', name: 'renamed', type: '16kHz-novideo' } },
    ]);
  });

  it('when the context changes, then the conference gets a number of the new range and the old file goes', () => {
    const { outcomes, changes } = decideModifyConferences(givenConferences(), [
      { num: '30000', context: 'public', type: '48kHz-video' },
    ]);
    expect(outcomes.map(result)).toEqual([
      { num: '32001', name: 'team_g722', type: '48kHz-video', context: 'public' },
    ]);
    expect(changes).toEqual([
      { type: 'ConferenceFileRemoved', num: '30000' },
      { type: 'ConferenceFileWritten', conference: { num: '32001', name: 'team_g722', type: '48kHz-video' } },
    ]);
  });

  it('fails unknown numbers, taken names, unknown types and contexts, and foreign files', () => {
    const view = {
      ...givenConferences(),
      files: new Set(['dialplan/conferences/30000.xml', 'dialplan/conferences/31000.xml']),
    };
    const requests = [
      { num: '39999' },
      { num: '30000', name: 'friends_conf' },
      { num: '30000', type: 'nope' },
      { num: '30000', context: 'nope' },
      { num: '32000', name: 'x' },
      { num: '30000', name: 'team_g722' },
    ];
    const { outcomes, changes } = decideModifyConferences(view, requests);
    expect(outcomes.map((o) => ('error' in o ? o.error : 'done'))).toEqual([
      'no conference 39999',
      'name already taken',
      'type not implementet',
      'context does not exist',
      'conference 32000 is not defined in dialplan/conferences/32000.xml, so it cannot be changed',
      'done',
    ]);
    expect(changes).toHaveLength(1);
  });
});
