import { requestIdOf } from './request-id';

const GENERATED = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdOf', () => {
  it("repeats a caller's id of safe characters and at most 64 of them", () => {
    expect(requestIdOf('abc-123_x.y:z')).toBe('abc-123_x.y:z');
    expect(requestIdOf('a'.repeat(64))).toBe('a'.repeat(64));
  });

  it('makes a new one when none is given or the given one is unsafe', () => {
    for (const header of [
      undefined,
      '',
      'a'.repeat(65),
      'has space',
      'quote"',
      'line\nbreak',
      'ünïcode',
      ['a', 'b'],
    ])
      expect(requestIdOf(header)).toMatch(GENERATED);
    expect(requestIdOf(undefined)).not.toBe(requestIdOf(undefined));
  });
});
