import { separateString } from './separate-string';

describe('separateString (switch_separate_string on spaces)', () => {
  it.each([
    [
      'configuration configuration name conference.conf',
      4,
      ['configuration', 'configuration', 'name', 'conference.conf'],
    ],
    ['  a   b  ', 4, ['a', 'b']],
    ['a b c d e f', 4, ['a', 'b', 'c', 'd e f']],
    ["say 'hello world' now", 5, ['say', 'hello world', 'now']],
    ['a\\ b c', 5, ['a\\ b', 'c']],
    ['x\\n\\\\y', 2, ['x\n\\y']],
    ['', 4, []],
  ])('%j into at most %d words', (text, max, words) => {
    expect(separateString(text, max)).toEqual(words);
  });
});
