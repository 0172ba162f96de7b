import { memberId, memberName } from './member-name';
import { WITHOUT_DIRECTORY, type TranslationContext } from './translation-context';

const directory: TranslationContext = { directoryName: (id) => (id === '20001' ? 'teamuser2' : undefined) };

describe('member names and ids', () => {
  it('keeps a caller-id name that is a name', () => {
    expect(memberName('stefan', '20001', '20001', directory)).toBe('stefan');
  });

  it('takes the directory name when the caller-id name is just the number or the user id', () => {
    expect(memberName('20001', '20001', '20001', directory)).toBe('teamuser2');
    expect(memberName(' 20001 ', '+4920001', '20001', directory)).toBe('teamuser2');
    expect(memberName('', '20001', '20001', directory)).toBe('teamuser2');
  });

  it('falls back to the caller-id name, or to the id when that is empty, without a directory name', () => {
    expect(memberName('20001', '20001', '20001', WITHOUT_DIRECTORY)).toBe('20001');
    expect(memberName('', '', '20001', WITHOUT_DIRECTORY)).toBe('20001');
  });

  it('uses Caller-Username as the id when present, else the caller-id number', () => {
    expect(memberId('20001', '0049301234')).toBe('20001');
    expect(memberId(undefined, '21000')).toBe('21000');
    expect(memberId('', '21000')).toBe('21000');
  });
});
