import { changeText, diffEntry } from './audit-diff';

const ann = { id: '21001', name: 'ann', email: 'ann@example.org', context: 'friends' };

describe('diffEntry', () => {
  it('lists only the fields an edit changed, with what was added or taken away', () => {
    expect(
      diffEntry(ann, { ...ann, email: 'ann@example.com', context: undefined, polymac: '0004f2aabbcc' }),
    ).toEqual([
      { field: 'email', before: 'ann@example.org', after: 'ann@example.com' },
      { field: 'context', before: 'friends' },
      { field: 'polymac', after: '0004f2aabbcc' },
    ]);
  });

  it('lists every field of a created object as new and of a deleted one as gone', () => {
    expect(diffEntry(null, { num: '32001', name: 'weekly' })).toEqual([
      { field: 'num', after: '32001' },
      { field: 'name', after: 'weekly' },
    ]);
    expect(diffEntry({ num: '32001' }, null)).toEqual([{ field: 'num', before: '32001' }]);
  });

  it('compares nested values and values that are no object as a whole', () => {
    expect(diffEntry({ tags: ['a'] }, { tags: ['a'] })).toEqual([]);
    expect(diffEntry({ tags: ['a'] }, { tags: ['a', 'b'] })).toEqual([
      { field: 'tags', before: '["a"]', after: '["a","b"]' },
    ]);
    expect(diffEntry('8', 9)).toEqual([{ field: '', before: '8', after: '9' }]);
    expect(diffEntry(null, null)).toEqual([]);
    expect(diffEntry(undefined, [1])).toEqual([{ field: '', after: '[1]' }]);
  });
});

describe('changeText', () => {
  it('reads as field: before → after, with (none) for a missing side', () => {
    expect(changeText({ field: 'email', before: 'a@x', after: 'b@x' })).toBe('email: a@x → b@x');
    expect(changeText({ field: 'num', after: '32001' })).toBe('num: (none) → 32001');
    expect(changeText({ field: '', before: 'on' })).toBe('on → (none)');
  });
});
