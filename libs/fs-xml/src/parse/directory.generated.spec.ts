import { CONTEXTS, type User } from '@fscon/contracts';
import fc from 'fast-check';
import { xmlString } from '../test-support/arbitraries';
import {
  directoryXml,
  userSpecOf,
  type DomainSpec,
  type GroupSpec,
  type UserSpec,
} from '../test-support/directory-xml';
import { parseDirectory } from './directory';

const user = (overrides: Partial<User> = {}): User => ({
  id: '20000',
  password: 'secret',
  conpin: '2357',
  context: 'team',
  name: 'someone',
  email: 'someone@example.org',
  polymac: 'none',
  ...overrides,
});
const inGroup = (users: UserSpec[], name = 'team'): DomainSpec => ({
  name: 'example.org',
  groups: [{ name, userLists: [users] }],
});

describe('parseDirectory on generated directories', () => {
  it('reads one user of one group of one domain', () => {
    const only = user();
    expect(parseDirectory(directoryXml([inGroup([userSpecOf(only)])]))).toEqual({
      value: [only],
      warnings: [],
    });
  });

  it('reads users of every domain, directly under the domain and in groups, in document order', () => {
    const [a, b, c, d, e] = ['1', '2', '3', '4', '5'].map((id) => user({ id, name: `user ${id}` }));
    const domains: DomainSpec[] = [
      {
        name: 'one',
        users: [userSpecOf(a)],
        groups: [{ name: 'g', userLists: [[userSpecOf(b), userSpecOf(c)]] }],
      },
      { name: 'two', groups: [{ name: 'h', userLists: [[userSpecOf(d)], [userSpecOf(e)]] }] },
    ];
    expect(parseDirectory(directoryXml(domains))).toEqual({ value: [a, b, c, d, e], warnings: [] });
  });

  it('passes over empty sections, domains, groups and user lists', () => {
    const groups: GroupSpec[] = [{ name: 'no-users' }, { name: 'empty-list', userLists: [[]] }];
    for (const domains of [
      [],
      [{ name: 'bare' }],
      [{ name: 'x', users: [], groups: [] }],
      [{ name: 'y', groups }],
    ]) {
      expect(parseDirectory(directoryXml(domains))).toEqual({ value: [], warnings: [] });
    }
  });

  it('skips pointer users silently', () => {
    const real = user({ id: '20000' });
    const domain: DomainSpec = {
      name: 'example.org',
      groups: [
        { name: 'team', userLists: [[userSpecOf(real)]] },
        {
          name: 'pointers',
          userLists: [
            [
              { id: '20000', type: 'pointer' },
              { id: '20001', type: 'Pointer' },
            ],
          ],
        },
      ],
    };
    expect(parseDirectory(directoryXml([domain]))).toEqual({ value: [real], warnings: [] });
  });

  it('skips users without an id, a password or a known user_context, naming each', () => {
    const spec = userSpecOf(user({ id: '20005' }));
    const broken: UserSpec[] = [
      { ...spec, id: undefined },
      { ...spec, id: '20001', params: { 'vm-password': '1' } },
      { ...spec, id: '20002', params: { password: '' } },
      { ...spec, id: '20003', variables: { ...spec.variables, user_context: 'default' } },
      { ...spec, id: '20004', variables: { effective_caller_id_name: 'x' } },
    ];
    const { value, warnings } = parseDirectory(directoryXml([inGroup([...broken, spec])]));
    expect(value.map((u) => u.id)).toEqual(['20005']);
    expect(warnings).toEqual([
      'a user without an id (domain "example.org", group "team") was skipped',
      'user 20001 (domain "example.org", group "team") has no password param and was skipped',
      'user 20002 (domain "example.org", group "team") has no password param and was skipped',
      'user 20003 (domain "example.org", group "team") has user_context "default", not one of team, friends, public, and was skipped',
      'user 20004 (domain "example.org", group "team") has no user_context variable, not one of team, friends, public, and was skipped',
    ]);
  });

  it('fills in a missing name, email, conpin or polymac, with a warning naming the user', () => {
    const spec: UserSpec = { id: '21000', params: { password: 'p' }, variables: { user_context: 'friends' } };
    const { value, warnings } = parseDirectory(directoryXml([inGroup([spec])]));
    expect(value).toEqual([
      user({
        id: '21000',
        password: 'p',
        context: 'friends',
        name: '',
        email: '',
        conpin: '',
        polymac: 'none',
      }),
    ]);
    expect(warnings).toEqual([
      'user 21000 has no conpin variable; its conpin is set to ""',
      'user 21000 has no effective_caller_id_name variable; its name is set to ""',
      'user 21000 has no verto_dvar_email variable; its email is set to ""',
      'user 21000 has no polymac variable; its polymac is set to "none"',
    ]);
  });

  it('takes params and variables from the domain and the group unless the user sets them', () => {
    const domain: DomainSpec = {
      name: 'example.org',
      params: { password: 'domain-pw' },
      variables: { user_context: 'public', polymac: 'none', conpin: '0815' },
      groups: [
        {
          name: 'friends',
          variables: { user_context: 'friends', conpin: '1111' },
          userLists: [
            [{ id: '21000', variables: { effective_caller_id_name: 'a', verto_dvar_email: 'a@x' } }],
          ],
        },
      ],
      users: [
        {
          id: '22000',
          params: { Password: 'own-pw' },
          variables: { effective_caller_id_name: 'b', verto_dvar_email: 'b@x' },
        },
      ],
    };
    expect(parseDirectory(directoryXml([domain])).value).toEqual([
      user({ id: '22000', password: 'own-pw', context: 'public', conpin: '0815', name: 'b', email: 'b@x' }),
      user({
        id: '21000',
        password: 'domain-pw',
        context: 'friends',
        conpin: '1111',
        name: 'a',
        email: 'a@x',
      }),
    ]);
  });

  it('keeps the first of two users with the same id', () => {
    const first = user({ id: '20000', name: 'first' });
    const { value, warnings } = parseDirectory(
      directoryXml([inGroup([userSpecOf(first), userSpecOf(user({ name: 'second' }))])]),
    );
    expect(value).toEqual([first]);
    expect(warnings).toEqual([
      'user 20000 (domain "example.org", group "team") is defined again; the first one is kept',
    ]);
  });

  it('decodes escaped and non-ASCII values and keeps numeric-looking strings as written', () => {
    const odd = user({
      id: '020000',
      password: '1e5 & <"quoted"> \'x\'',
      conpin: '0815',
      name: 'José Müller 李雷 😀',
      email: '  spaced@example.org  ',
      polymac: '0004f2aabbcc',
    });
    for (const style of ['full', 'minimal'] as const) {
      expect(parseDirectory(directoryXml([inGroup([userSpecOf(odd)])], style)).value).toEqual([odd]);
    }
  });

  it('accepts a whole configuration document and warns about another section', () => {
    const only = user();
    const section = directoryXml([inGroup([userSpecOf(only)])]);
    const document = `<?xml version="1.0"?>\n<document type="freeswitch/xml">\n${section}</document>\n`;
    expect(parseDirectory(document)).toEqual({ value: [only], warnings: [] });
    expect(parseDirectory('<section name="dialplan"></section>')).toEqual({
      value: [],
      warnings: ['no <section name="directory"> in the answer (its root is <section name="dialplan">)'],
    });
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
