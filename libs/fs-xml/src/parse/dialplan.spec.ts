import { readFileSync } from 'fs';
import { join } from 'path';
import { CONTEXTS, DEFAULT_CONTEXT_RANGES, type Conference } from '@fscon/contracts';
import { FS_CAPTURES } from '../test-support/fixtures';
import { parseDialplan } from './dialplan';

const capture = (file: string) => readFileSync(join(FS_CAPTURES, file), 'utf8');

describe('parseDialplan on captured FreeSWITCH answers', () => {
  it('finds exactly the three conferences of the startup capture among its extensions', () => {
    const xml = capture('startup/outputs/xml_locate_dialplan.xml');
    expect(xml.match(/<extension /g)).toHaveLength(18);
    expect(parseDialplan(xml, DEFAULT_CONTEXT_RANGES)).toEqual({
      value: [
        { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
        { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
        { num: '32000', name: 'public_conf', type: '48kHz-video', context: 'public' },
      ],
      warnings: [],
    });
  });

  it('finds the 1,002 conferences of the large capture, 334 per context', () => {
    const { value, warnings } = parseDialplan(
      capture('large/xml_locate_dialplan.xml'),
      DEFAULT_CONTEXT_RANGES,
    );
    expect(warnings).toEqual([]);
    expect(value).toHaveLength(1002);
    for (const context of CONTEXTS) {
      expect(value.filter((conference) => conference.context === context)).toHaveLength(334);
    }
    const byNum = new Map(value.map((conference) => [conference.num, conference]));
    expect(byNum.get('30000')).toEqual<Conference>({
      num: '30000',
      name: 'team_g722',
      type: '16kHz-novideo',
      context: 'team',
    });
    expect(byNum.get('30333')).toEqual<Conference>({
      num: '30333',
      name: 'conf30333',
      type: '16kHz-novideo',
      context: 'team',
    });
    expect(byNum.get('31001')).toEqual<Conference>({
      num: '31001',
      name: 'conf31001',
      type: '16kHz-novideo',
      context: 'friends',
    });
    expect(byNum.get('32000')).toEqual<Conference>({
      num: '32000',
      name: 'public_conf',
      type: '48kHz-video',
      context: 'public',
    });
    expect(byNum.get('32333')).toMatchObject({ name: 'conf32333', context: 'public' });
    expect(value.filter((conference) => conference.type === '48kHz-video')).toHaveLength(1);
  });
});
