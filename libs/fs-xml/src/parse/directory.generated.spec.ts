import {
  aUser,
  directoryXml,
  inOneGroup,
  userSpecOf,
  type DomainSpec,
  type GroupSpec,
} from '../test-support/directory-xml';
import { parseDirectory } from './directory';

describe('parseDirectory on generated directories of any shape', () => {
  it('reads one user of one group of one domain', () => {
    const only = aUser();
    expect(parseDirectory(directoryXml([inOneGroup([userSpecOf(only)])]))).toEqual({
      value: [only],
      warnings: [],
    });
  });

  it('reads users of every domain, directly under the domain and in groups, in document order', () => {
    const [a, b, c, d, e] = ['1', '2', '3', '4', '5'].map((id) => aUser({ id, name: `user ${id}` }));
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
    const real = aUser({ id: '20000' });
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
      aUser({ id: '22000', password: 'own-pw', context: 'public', conpin: '0815', name: 'b', email: 'b@x' }),
      aUser({
        id: '21000',
        password: 'domain-pw',
        context: 'friends',
        conpin: '1111',
        name: 'a',
        email: 'a@x',
      }),
    ]);
  });

  it('accepts a whole configuration document and warns about another section', () => {
    const only = aUser();
    const section = directoryXml([inOneGroup([userSpecOf(only)])]);
    const document = `<?xml version="1.0"?>\n<document type="freeswitch/xml">\n${section}</document>\n`;
    expect(parseDirectory(document)).toEqual({ value: [only], warnings: [] });
    expect(parseDirectory('<section name="dialplan"></section>')).toEqual({
      value: [],
      warnings: ['no <section name="directory"> in the answer (its root is <section name="dialplan">)'],
    });
  });
});
