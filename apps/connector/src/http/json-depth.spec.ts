import { nestsDeeperThan } from './json-depth';

const deeper = (text: string, limit: number) => nestsDeeperThan(Buffer.from(text), limit);

describe('nestsDeeperThan', () => {
  it('counts arrays and objects alike', () => {
    expect(deeper('[{"a":[1]}]', 3)).toBe(false);
    expect(deeper('[{"a":[[1]]}]', 3)).toBe(true);
    expect(deeper('{"a":{"b":{}}}', 2)).toBe(true);
  });

  it('takes the deepest point, not the sum of siblings', () => {
    expect(deeper(`[${'[1],'.repeat(1000)}[1]]`, 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(deeper(`["${'['.repeat(100)}"]`, 1)).toBe(false);
    expect(deeper(`["a\\"[[[[", {"b\\\\": []}]`, 3)).toBe(false);
    expect(deeper(`["\\\\"[[["]`, 2)).toBe(true);
  });

  it('is not fooled by multi-byte characters', () => {
    expect(deeper('[{"name":"Zoë 😀 [[["}]', 2)).toBe(false);
  });

  it('answers for text that is no JSON at all without failing', () => {
    expect(deeper(']]]}}}', 1)).toBe(false);
    expect(deeper('"unterminated [[[[', 1)).toBe(false);
    expect(deeper('[[[[', 3)).toBe(true);
  });

  it('stops at the first level past the limit', () => {
    expect(deeper(`${'['.repeat(1_000_000)}`, 32)).toBe(true);
  });
});
