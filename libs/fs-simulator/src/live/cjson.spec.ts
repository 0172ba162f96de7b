import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAPTURES } from '../test-support/capture';
import { CJsonValue, printCJson } from './cjson';

describe('printCJson', () => {
  it.each([
    'conference/outputs/conference_json_list_3members.raw.txt',
    'conference/outputs/conference_json_list_recording.json',
    'profiles/outputs/conference_json_list_two_conferences.json',
  ])('prints %s exactly as FreeSWITCH did', (file) => {
    const text = readFileSync(join(CAPTURES, file), 'utf8');
    expect(printCJson(JSON.parse(text) as CJsonValue)).toBe(text);
  });

  it('prints empty arrays and objects like cJSON', () => {
    expect(printCJson([])).toBe('[]');
    expect(printCJson({ a: {} })).toBe('{\n\t"a":\t{\n\t}\n}');
  });
});
