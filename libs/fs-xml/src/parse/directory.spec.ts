import { readFileSync } from 'fs';
import { join } from 'path';
import { CONTEXTS, type User } from '@fscon/contracts';
import { FS_CAPTURES } from '../test-support/fixtures';
import { parseDirectory } from './directory';
import { XmlParseError } from './xml-parse-error';

const capture = (file: string) => readFileSync(join(FS_CAPTURES, file), 'utf8');

describe('parseDirectory on captured FreeSWITCH answers', () => {
  it('reads the four users of the startup capture', () => {
    const { value, warnings } = parseDirectory(capture('startup/outputs/xml_locate_directory.xml'));
    expect(warnings).toEqual([]);
    expect(value).toEqual<User[]>([
      {
        id: '20000',
        password: 'napw',
        conpin: '2357',
        context: 'team',
        name: 'defaultuser',
        email: 'foo@bar.baz',
        polymac: 'none',
      },
      {
        id: '20001',
        password: 'pw20001',
        conpin: '2357',
        context: 'team',
        name: 'teamuser2',
        email: 'team2@example.org',
        polymac: '0004f2aabbcc',
      },
      {
        id: '21000',
        password: 'pw21000',
        conpin: '2357',
        context: 'friends',
        name: 'frienduser',
        email: 'friend@example.org',
        polymac: 'none',
      },
      {
        id: '22000',
        password: 'pw22000',
        conpin: '0815',
        context: 'public',
        name: 'publicuser',
        email: 'public@example.org',
        polymac: 'none',
      },
    ]);
  });

  it('reads the 3,000 users of the large capture, 1,000 per context', () => {
    const { value, warnings } = parseDirectory(capture('large/xml_locate_directory.xml'));
    expect(warnings).toEqual([]);
    expect(value).toHaveLength(3000);
    expect(new Set(value.map((user) => user.id)).size).toBe(3000);
    for (const context of CONTEXTS) {
      expect(value.filter((user) => user.context === context)).toHaveLength(1000);
    }
    const byId = new Map(value.map((user) => [user.id, user]));
    expect(byId.get('20000')).toMatchObject({ password: 'napw', name: 'defaultuser', conpin: '2357' });
    expect(byId.get('20001')).toMatchObject({ name: 'teamuser2', polymac: '0004f2aabbcc' });
    expect(byId.get('20999')).toEqual({
      id: '20999',
      password: 'pw20999',
      conpin: '2357',
      context: 'team',
      name: 'user20999',
      email: 'user20999@example.org',
      polymac: 'none',
    });
    expect(byId.get('21500')).toEqual({
      id: '21500',
      password: 'pw21500',
      conpin: '0815',
      context: 'friends',
      name: 'user21500',
      email: 'user21500@example.org',
      polymac: 'none',
    });
    expect(byId.get('22999')).toMatchObject({ context: 'public', conpin: '0815', name: 'user22999' });
  });

  it('refuses an answer that is not XML instead of reporting no users', () => {
    expect(() => parseDirectory("can't find anything\n")).toThrow(XmlParseError);
    const truncated = capture('startup/outputs/xml_locate_directory.xml').slice(0, 2000);
    expect(() => parseDirectory(truncated)).toThrow(/is not closed/);
  });
});
