import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXTS } from '@fscon/contracts';
import { capture, CAPTURES_DIR } from '../support/captures';
import { eventually } from '../support/system';
import { adminClient } from './support/admin-client';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import { NON_ASCII, PRINTABLE_ASCII, switchApi } from './support/sample-characters';
import { expectConferencesAgree } from './support/switch-agreement';

/** What a conference name may hold: letters, digits, `_`, `-` and `.`. */
const SAFE = /^[A-Za-z0-9_.-]$/;
/** Names that hold every safe character between them, in each position. */
const SAFE_NAMES = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789',
  '_',
  '-',
  '.a',
  'a.',
  '-_.-',
];
const TYPES = ['16kHz-novideo', '48kHz-video'];

/** From `<user id="<id>"` to the end of that user, as written in an `xml_locate directory` answer. */
function userElement(answer: string, id: string): string {
  const start = answer.indexOf(`<user id="${id}"`);
  return start === -1 ? '' : answer.slice(start, answer.indexOf('</user>', start) + '</user>'.length);
}

describeRealFs('real FreeSWITCH: what it writes back, and conference names', () => {
  let system: RealSystem;
  const client = adminClient(() => system);
  const api = switchApi(() => system);

  beforeAll(async () => {
    system = await startRealSystem();
  }, 60_000);
  afterAll(() => system?.stop());

  it('writes the captured user back byte for byte as recorded, and the connector reads it', async () => {
    copyFileSync(
      join(CAPTURES_DIR, 'roundtrip/22999.xml'),
      join(system.freeswitch.confDir, 'directory/public/22999.xml'),
    );
    expect(await api('reloadxml')).toBe('+OK [Success]\n');

    const recorded = userElement(capture('roundtrip/xml_locate_directory.xml'), '22999');
    expect(recorded).toContain('value="a<!b"');
    expect(userElement(await api('xml_locate directory'), '22999')).toBe(recorded);
    await eventually(async () =>
      expect(await client.users()).toContainEqual({
        id: '22999',
        password: 'a<!b',
        conpin: '0815',
        context: 'public',
        name: `Zoë <"Q&A"> 'x' !$\\{}`,
        email: 'é.ß€😀@example.org',
        polymac: 'none',
      }),
    );
  });

  it('adds and renames conferences whose names hold every safe character, with each type and context', async () => {
    const sent = SAFE_NAMES.map((name, index) => ({
      name,
      type: TYPES[index % TYPES.length]!,
      context: CONTEXTS[index % CONTEXTS.length]!,
    }));
    const added = await client.writeConferences('add', sent);
    expect(added.failed).toEqual([]);
    expect(added.done).toEqual(sent.map((conference) => ({ num: expect.any(String), ...conference })));

    const renamed = await client.writeConferences(
      'mod',
      added.done.map(({ num, name }, index) => ({
        num,
        name: `${name}.${index}`,
        type: TYPES[(index + 1) % 2],
      })),
    );
    expect(renamed.failed).toEqual([]);
    expect(renamed.done).toEqual(
      added.done.map((conference, index) => ({
        ...conference,
        name: `${conference.name}.${index}`,
        type: TYPES[(index + 1) % 2],
      })),
    );
    const listed = await expectConferencesAgree(system);
    renamed.done.forEach((conference) => expect(listed).toContainEqual(conference));
  });

  it('refuses conference names with any other character with 400 naming each element', async () => {
    const before = await expectConferencesAgree(system);
    const others = [...PRINTABLE_ASCII.filter((char) => !SAFE.test(char)), ...NON_ASCII];
    const body = others.map((char) => ({ name: `c${char}x`, type: TYPES[0], context: 'team' }));
    for (const path of ['/api/conferences/add', '/api/conferences/mod']) {
      const elements = path.endsWith('mod') ? body.map(({ name }) => ({ num: before[0]!.num, name })) : body;
      const response = await client.request(path, elements);
      expect(response.status).toBe(400);
      const error: string = JSON.parse(response.body).error;
      others.forEach((_, index) => expect(error).toContain(`[${index}] name may hold only letters, digits`));
    }
    expect(await expectConferencesAgree(system)).toEqual(before);
  });
});
