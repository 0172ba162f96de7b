import { ArrayBodyPipe } from '../../config-files/array-body.pipe';
import { AddUserDto, DeleteUserDto, ModifyUserDto, USER_BODIES } from './users.dto';

const add = new ArrayBodyPipe(AddUserDto, USER_BODIES.add);
const mod = new ArrayBodyPipe(ModifyUserDto, USER_BODIES.mod);
const del = new ArrayBodyPipe(DeleteUserDto, USER_BODIES.del);
const good = { name: 'Ann', email: 'ann@example.org', context: 'team' };
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('user bodies', () => {
  it("accept any printable name, escaping is the files' business", () => {
    const names = ['"/><param name="x', 'Zoë 😀 中文', '$${ES_PW}', "O'Brien & co"];
    expect(add.transform(names.map((name) => ({ ...good, name }))).map((user) => user.name)).toEqual(names);
  });

  it('refuse names that are empty, too long or hold control characters', () => {
    expect(refusal(() => add.transform([{ ...good, name: '  ' }]))).toBe(
      '[0] name must be printable characters, not only spaces',
    );
    expect(refusal(() => add.transform([{ ...good, name: 'a\nb' }]))).toBe(
      '[0] name may not hold U+000A (a control character)',
    );
    expect(refusal(() => add.transform([{ ...good, name: 'x'.repeat(65) }]))).toBe(
      '[0] name must be shorter than or equal to 64 characters',
    );
  });

  it('accept "<!" in names, emails and passwords when FreeSWITCH gives the value back unchanged', () => {
    const user = { name: 'a<!b', email: 'x<!y@example.org', context: 'public', password: "p<!<>'!" };
    expect(add.transform([user])).toEqual([user]);
    expect(mod.transform([{ id: '22000', ...user }])).toEqual([{ id: '22000', ...user }]);
  });

  it('refuse, naming the field and the character, text FreeSWITCH would not give back unchanged', () => {
    const cases: [Record<string, string>, string][] = [
      [
        { password: 'a<!"b' },
        `password may not hold '"' after "<!" (FreeSWITCH writes what follows "<!" unescaped)`,
      ],
      [
        { name: 'x<!&lt;' },
        `name may not hold '&' after "<!" (FreeSWITCH writes what follows "<!" unescaped)`,
      ],
      [{ email: 'a\tb@example.org' }, 'email may not hold U+0009 (a control character)'],
      [{ email: 'a\u0085b@example.org' }, 'email may not hold U+0085 (a control character)'],
      [{ password: 'pw\uD800' }, 'password may not hold U+D800 (an unpaired surrogate)'],
      [{ name: 'n\uFFFE' }, 'name may not hold U+FFFE (an unassigned code point or noncharacter)'],
      [{ name: 'a\u2028b' }, 'name may not hold U+2028 (a line or paragraph separator)'],
    ];
    for (const [fields, message] of cases) {
      expect(refusal(() => add.transform([{ ...good, ...fields }]))).toBe(`[0] ${message}`);
      expect(refusal(() => mod.transform([{ id: '20000' }, { id: '20001', ...fields }]))).toBe(
        `[1] ${message}`,
      );
    }
  });

  it('refuse missing fields, wrong types and unknown properties', () => {
    expect(refusal(() => add.transform([{ name: 'a', email: 'a@b.cd' }]))).toBe(
      '[0] context must be a string',
    );
    expect(refusal(() => add.transform([{ ...good, password: 12 }]))).toBe('[0] password must be a string');
    expect(refusal(() => add.transform([{ ...good, id: '20000' }]))).toBe('[0] property id should not exist');
  });

  it('take polymacs of 12 hex digits or none, and conpins of digits', () => {
    expect(add.transform([{ ...good, polymac: '0004F2aabbcc', conpin: '', password: '' }])).toHaveLength(1);
    expect(refusal(() => add.transform([{ ...good, polymac: '00:04:f2:aa:bb:cc' }]))).toBe(
      '[0] polymac must be 12 hexadecimal digits or none',
    );
    expect(refusal(() => add.transform([{ ...good, conpin: '12a' }]))).toBe(
      '[0] conpin must be up to 16 digits',
    );
  });

  it('want ids as digits in mod and del', () => {
    expect(mod.transform([{ id: '20000' }])).toEqual([{ id: '20000' }]);
    expect(refusal(() => mod.transform([{ id: 20000 }]))).toBe('[0] id must be a string');
    expect(refusal(() => del.transform([{ id: '../../etc/passwd' }]))).toBe(
      '[0] id must be a number of up to 10 digits',
    );
    expect(refusal(() => del.transform([{ id: '1', name: 'x' }]))).toBe('[0] property name should not exist');
  });
});
