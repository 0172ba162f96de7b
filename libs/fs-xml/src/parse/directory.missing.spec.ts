import { aUser, directoryXml, inOneGroup, userSpecOf, type UserSpec } from '../test-support/directory-xml';
import { parseDirectory } from './directory';

describe('parseDirectory on users with missing or repeated pieces', () => {
  it('skips users without an id, a password or a known user_context, naming each', () => {
    const spec = userSpecOf(aUser({ id: '20005' }));
    const broken: UserSpec[] = [
      { ...spec, id: undefined },
      { ...spec, id: '20001', params: { 'vm-password': '1' } },
      { ...spec, id: '20002', params: { password: '' } },
      { ...spec, id: '20003', variables: { ...spec.variables, user_context: 'default' } },
      { ...spec, id: '20004', variables: { effective_caller_id_name: 'x' } },
    ];
    const { value, warnings } = parseDirectory(directoryXml([inOneGroup([...broken, spec])]));
    expect(value.map((u) => u.id)).toEqual(['20005']);
    expect(warnings).toEqual([
      'a user without an id (domain "example.org", group "team") was skipped',
      'user 20001 (domain "example.org", group "team") has no password param and was skipped',
      'user 20002 (domain "example.org", group "team") has no password param and was skipped',
      'user 20003 (domain "example.org", group "team") has user_context "default", not one of team, friends, public, and was skipped',
      'user 20004 (domain "example.org", group "team") has no user_context variable and was skipped',
    ]);
  });

  it('fills in a missing name, email, conpin or polymac, with a warning naming the user', () => {
    const spec: UserSpec = { id: '21000', params: { password: 'p' }, variables: { user_context: 'friends' } };
    const { value, warnings } = parseDirectory(directoryXml([inOneGroup([spec])]));
    expect(value).toEqual([
      aUser({
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

  it('keeps the first of two users with the same id', () => {
    const first = aUser({ id: '20000', name: 'first' });
    const { value, warnings } = parseDirectory(
      directoryXml([inOneGroup([userSpecOf(first), userSpecOf(aUser({ name: 'second' }))])]),
    );
    expect(value).toEqual([first]);
    expect(warnings).toEqual([
      'user 20000 (domain "example.org", group "team") is defined again; the first one is kept',
    ]);
  });
});
