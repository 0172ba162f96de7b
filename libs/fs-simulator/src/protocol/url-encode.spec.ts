import { urlEncode } from './url-encode';

describe('urlEncode (switch_url_encode)', () => {
  it.each([
    ['fd00::2', 'fd00%3A%3A2'],
    ['Fri, 27 Nov 2026 17:12:05 GMT', 'Fri,%2027%20Nov%202026%2017%3A12%3A05%20GMT'],
    [
      '"" <sip:20001@127.0.0.1:5071;transport=UDP>',
      '%22%22%20%3Csip%3A20001%40127.0.0.1%3A5071%3Btransport%3DUDP%3E',
    ],
    ['moderator|mute-detect|mute', 'moderator%7Cmute-detect%7Cmute'],
    ["a/b.c_d-e~f!*()'$,", "a/b.c_d-e~f!*()'$,"],
    ['{x}[y]^`\\#&+?', '%7Bx%7D%5By%5D%5E%60%5C%23%26%2B%3F'],
    ['line\r\nbreak\ttab\x7f', 'line%0D%0Abreak%09tab%7F'],
    ['Müller', 'M%C3%BCller'],
  ])('%j becomes %j', (value, encoded) => {
    expect(urlEncode(value)).toBe(encoded);
  });

  it('keeps a % that already starts an upper-case escape, and encodes any other %', () => {
    expect(urlEncode('100%41 %4a %4 %')).toBe('100%41%20%254a%20%254%20%25');
  });
});
