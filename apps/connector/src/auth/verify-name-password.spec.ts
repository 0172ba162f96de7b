import type { User } from '@fscon/contracts';
import { InMemoryUserDirectory } from './test-support/in-memory-user-directory';
import { verifyNamePassword } from './verify-name-password';

const alice: User = {
  id: '20000',
  password: 'secret',
  conpin: '2357',
  context: 'team',
  name: 'alice',
  email: 'a@example.org',
  polymac: 'none',
};

describe('verifyNamePassword', () => {
  const directory = new InMemoryUserDirectory([alice]);

  it('gives the user whose name and password match', () => {
    expect(verifyNamePassword(directory, 'alice', 'secret')).toBe(alice);
  });

  it('gives nothing for a wrong password, an unknown name or the id instead of the name', () => {
    expect(verifyNamePassword(directory, 'alice', 'secre')).toBeUndefined();
    expect(verifyNamePassword(directory, 'alice', 'secret ')).toBeUndefined();
    expect(verifyNamePassword(directory, 'bob', 'secret')).toBeUndefined();
    expect(verifyNamePassword(directory, '20000', 'secret')).toBeUndefined();
  });

  it('gives nothing while the directory is not loaded', () => {
    expect(verifyNamePassword(new InMemoryUserDirectory(), 'alice', 'secret')).toBeUndefined();
  });
});
