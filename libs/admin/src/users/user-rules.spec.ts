import type { User } from '@fscon/contracts';
import { isEmail, keptConpin, polymacOf } from './user-rules';

const GLOBALS = { modconpin: '2357', defconpin: '0815' };
const user = (context: User['context'], conpin: string): User => ({
  id: '1',
  password: 'p',
  conpin,
  context,
  name: 'n',
  email: 'e@x.org',
  polymac: 'none',
});

describe('user rules', () => {
  it('recognises email addresses, international ones included', () => {
    for (const good of ['a@b.cd', 'first.last+tag@mail.example.org', 'jörg@bücher.de'])
      expect(isEmail(good)).toBe(true);
    for (const bad of ['', 'a', 'a@b', '@b.cd', 'a b@c.de', 'a@b.c', 'a@-b.cd', 'a@@b.cd', 'a\u0000@b.cd']) {
      expect(isEmail(bad)).toBe(false);
    }
  });

  it('stores a polymac in lower case, none when absent or empty', () => {
    expect(polymacOf(' 0004F2AABBCC ')).toBe('0004f2aabbcc');
    expect(polymacOf('')).toBe('none');
    expect(polymacOf(undefined)).toBe('none');
  });

  it('keeps global pins as references, following the context when it changes', () => {
    expect(keptConpin(user('team', '2357'), 'team', GLOBALS)).toEqual({ reference: 'modconpin' });
    expect(keptConpin(user('friends', '2357'), 'friends', GLOBALS)).toEqual({ reference: 'modconpin' });
    expect(keptConpin(user('friends', '0815'), 'friends', GLOBALS)).toEqual({ reference: 'defconpin' });
    expect(keptConpin(user('team', '2357'), 'public', GLOBALS)).toEqual({ reference: 'defconpin' });
    expect(keptConpin(user('public', '0815'), 'team', GLOBALS)).toEqual({ reference: 'modconpin' });
    expect(keptConpin(user('team', '4711'), 'public', GLOBALS)).toEqual({ value: '4711' });
  });
});
