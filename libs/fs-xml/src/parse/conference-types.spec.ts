import { readFileSync } from 'fs';
import { join } from 'path';
import { FS_CAPTURES } from '../test-support/fixtures';
import { el, writeXml } from '../test-support/xml-writer';
import { parseConferenceTypes } from './conference-types';
import type { XmlElement } from './xml-element';
import { XmlParseError } from './xml-parse-error';

const conferenceConf = (...children: XmlElement[]) =>
  writeXml(el('configuration', { name: 'conference.conf', description: 'Audio Conference' }, children));
const profiles = (...names: (string | undefined)[]) =>
  el(
    'profiles',
    {},
    names.map((name) =>
      el('profile', name === undefined ? {} : { name }, [el('param', { name: 'rate', value: '8000' })]),
    ),
  );

describe('parseConferenceTypes', () => {
  it('reads the profiles of the captured conference.conf in document order', () => {
    const xml = readFileSync(
      join(FS_CAPTURES, 'startup/outputs/xml_locate_configuration_conference.conf.xml'),
      'utf8',
    );
    expect(parseConferenceTypes(xml)).toEqual({ value: ['16kHz-novideo', '48kHz-video'], warnings: [] });
  });

  it('reads one profile, several lists of profiles, and none', () => {
    expect(parseConferenceTypes(conferenceConf(profiles('only')))).toEqual({ value: ['only'], warnings: [] });
    expect(
      parseConferenceTypes(conferenceConf(profiles('a', 'b'), el('caller-controls'), profiles('c'))).value,
    ).toEqual(['a', 'b', 'c']);
    expect(parseConferenceTypes(conferenceConf())).toEqual({ value: [], warnings: [] });
    expect(parseConferenceTypes(conferenceConf(profiles()))).toEqual({ value: [], warnings: [] });
  });

  it('skips nameless and repeated profiles with a warning, and decodes names', () => {
    expect(
      parseConferenceTypes(conferenceConf(profiles('wide & "HD"', undefined, 'wide & "HD"', '会议'))),
    ).toEqual({
      value: ['wide & "HD"', '会议'],
      warnings: [
        'a conference profile without a name was skipped',
        'conference profile "wide & "HD"" is defined again',
      ],
    });
  });

  it('accepts a whole configuration document and warns about anything else', () => {
    const document = writeXml(
      el('document', { type: 'freeswitch/xml' }, [
        el('section', { name: 'configuration' }, [
          el('configuration', { name: 'sofia.conf' }, [profiles('not-a-conference-profile')]),
          el('configuration', { name: 'conference.conf' }, [profiles('p')]),
        ]),
      ]),
    );
    expect(parseConferenceTypes(document)).toEqual({ value: ['p'], warnings: [] });
    expect(parseConferenceTypes('<configuration name="sofia.conf"/>')).toEqual({
      value: [],
      warnings: [
        'no <configuration name="conference.conf"> in the answer (its root is <configuration name="sofia.conf">)',
      ],
    });
  });

  it('refuses an answer that is not XML', () => {
    expect(() => parseConferenceTypes("can't find anything\n")).toThrow(XmlParseError);
  });
});
