import { changedAfterBang } from './unescaped-tail';

describe('changedAfterBang', () => {
  it('passes values without "<!" and values whose rest FreeSWITCH reads back as written', () => {
    for (const value of ['a"b&c\td', 'a<b!c', 'a<!b', "a<!<>'!$${x}{}\\ é😀", '<!-- x -->', 'a<!']) {
      expect(changedAfterBang(value)).toBeUndefined();
    }
  });

  it('names the first character after "<!" that FreeSWITCH writes raw and reads back changed', () => {
    expect(changedAfterBang('a<!"b')).toBe('"');
    expect(changedAfterBang('a"<!b&lt;"')).toBe('&');
    expect(changedAfterBang('x<!y\tz')).toBe('\t');
    expect(changedAfterBang('<!\n')).toBe('\n');
    expect(changedAfterBang('<!<!\r')).toBe('\r');
  });
});
