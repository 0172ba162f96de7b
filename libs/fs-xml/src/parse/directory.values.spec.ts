import { CONTEXTS, type User } from '@fscon/contracts';
import fc from 'fast-check';
import { xmlString } from '../test-support/arbitraries';
import {
  aUser,
  directoryXml,
  inOneGroup,
  userSpecOf,
  type DomainSpec,
  type GroupSpec,
} from '../test-support/directory-xml';
import { parseDirectory } from './directory';

describe('parseDirectory keeps values exactly', () => {
  it('decodes escaped and non-ASCII values and keeps numeric-looking strings as written', () => {
    const odd = aUser({
      id: '020000',
      password: '1e5 & <"quoted"> \'x\'',
      conpin: '0815',
      name: 'José Müller 李雷 😀',
      email: '  spaced@example.org  ',
      polymac: '0004f2aabbcc',
    });
    for (const style of ['full', 'minimal'] as const) {
      expect(parseDirectory(directoryXml([inOneGroup([userSpecOf(odd)])], style)).value).toEqual([odd]);
    }
  });

  it('reads back any list of users however they are spread over domains and groups', () => {
    const userArbitrary = fc.record<User>({
      id: xmlString({ minLength: 1 }),
      password: xmlString({ minLength: 1 }),
      conpin: xmlString(),
      context: fc.constantFrom(...CONTEXTS),
      name: xmlString(),
      email: xmlString(),
      polymac: xmlString(),
    });
    const users = fc.uniqueArray(userArbitrary, { selector: (u) => u.id, maxLength: 12 });
    const layout = fc.array(fc.record({ size: fc.nat(4), inGroup: fc.boolean(), pointer: fc.boolean() }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        users,
        layout,
        fc.constantFrom('full' as const, 'minimal' as const),
        (list, chunks, style) => {
          expect(parseDirectory(directoryXml(spread(list, chunks), style))).toEqual({
            value: list,
            warnings: [],
          });
        },
      ),
    );
  });
});

/** Places the users, in order, in chunks: each chunk in a domain's `<users>` or in a group, some with pointers. */
function spread(users: User[], chunks: { size: number; inGroup: boolean; pointer: boolean }[]): DomainSpec[] {
  const domains: DomainSpec[] = [];
  let rest = users;
  chunks.forEach((chunk, index) => {
    const size = index === chunks.length - 1 ? rest.length : chunk.size;
    const specs = rest.slice(0, size).map(userSpecOf);
    rest = rest.slice(size);
    if (chunk.pointer) specs.push({ id: users[0]?.id ?? 'x', type: 'pointer' });
    const groups: GroupSpec[] = [{ name: `g${index}`, userLists: [specs] }, { name: 'empty' }];
    domains.push(chunk.inGroup ? { name: `d${index}`, groups } : { name: `d${index}`, users: specs });
  });
  return domains;
}
