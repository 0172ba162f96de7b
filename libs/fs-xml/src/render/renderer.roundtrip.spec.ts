import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  CONTEXTS,
  DEFAULT_CONTEXT_RANGES,
  type Conference,
  type Context,
  type NumberRange,
  type User,
} from '@fscon/contracts';
import { parseDialplan } from '../parse/dialplan';
import { parseDirectory } from '../parse/directory';
import { xmlString } from '../test-support/arbitraries';
import { CONFERENCE_TYPE_CODECS, defaultConpinReference, type UserFile } from './config-file-model';
import { createConfigFileRenderer } from './renderer';
import { loadFsXmlTemplates } from './template-files';
import { dialplanSection, directorySection } from './test-support/as-loaded';

const renderer = createConfigFileRenderer(
  loadFsXmlTemplates((file) => readFileSync(join(__dirname, '..', '..', 'templates', file), 'utf8')),
);
const GLOBALS = { modconpin: '2357', defconpin: '0815', ES_PW: 'ClueCon', outbound_caller_id: '0' };

/** Strings that would break a file written without care, mixed with arbitrary XML characters. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '$${ES_PW}',
        '$$',
        '${x}',
        'x-Pre-Process',
        '<include>',
        '"/>',
        "'",
        '&amp;',
        ']]>',
        '<!--#',
        '<?',
      ),
      xmlString({ maxLength: 6 }),
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));

const inRange = ({ first, last }: NumberRange) => fc.integer({ min: first, max: last }).map(String);
const context = fc.constantFrom<Context>(...CONTEXTS);
const userFile: fc.Arbitrary<UserFile> = context.chain((ctx) =>
  fc.record({
    id: inRange(DEFAULT_CONTEXT_RANGES[ctx].users),
    password: hostile.filter((password) => password !== ''),
    context: fc.constant(ctx),
    name: hostile,
    email: hostile,
    polymac: fc.oneof(fc.constant('none'), fc.stringMatching(/^[0-9a-f]{12}$/)),
    conpin: fc.oneof(
      fc.constant({ reference: defaultConpinReference(ctx) }),
      hostile.map((value) => ({ value })),
    ),
  }),
);

function asLoaded(file: UserFile): User {
  const conpin = 'value' in file.conpin ? file.conpin.value : GLOBALS[file.conpin.reference];
  return { ...file, conpin };
}

describe('rendered files read back through the parsers', () => {
  it('parseDirectory(render(user)) is the user', () => {
    fc.assert(
      fc.property(fc.uniqueArray(userFile, { selector: (file) => file.id, maxLength: 4 }), (files) => {
        const rendered = files.map((file) => ({ context: file.context, xml: renderer.user(file) }));
        const parsed = parseDirectory(directorySection(rendered, GLOBALS));
        expect(parsed.warnings).toEqual([]);
        expect(sortById(parsed.value)).toEqual(sortById(files.map(asLoaded)));
      }),
    );
  });

  it('parseDialplan(render(conference)) is the conference', () => {
    const conference: fc.Arbitrary<Conference> = context.chain((ctx) =>
      fc.record({
        num: inRange(DEFAULT_CONTEXT_RANGES[ctx].conferences),
        name: fc.stringMatching(/^[A-Za-z0-9_.-]{1,20}$/),
        type: fc.constantFrom(...Object.keys(CONFERENCE_TYPE_CODECS)),
        context: fc.constant(ctx),
      }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(conference, { selector: (c) => c.num, maxLength: 4 }), (conferences) => {
        const files = conferences.map(({ num, name, type }) => renderer.conference({ num, name, type }));
        const parsed = parseDialplan(dialplanSection(files, GLOBALS), DEFAULT_CONTEXT_RANGES);
        expect(parsed.warnings).toEqual([]);
        expect(parsed.value).toEqual(conferences);
      }),
    );
  });
});

function sortById(users: User[]): User[] {
  return [...users].sort((a, b) => a.id.localeCompare(b.id));
}
