import { pageSpan } from './paging';

describe('pageSpan', () => {
  it('places a page in the whole answer', () => {
    expect(pageSpan(1, 20, 93)).toEqual({ first: 1, last: 20, pages: 5 });
    expect(pageSpan(5, 20, 93)).toEqual({ first: 81, last: 93, pages: 5 });
    expect(pageSpan(2, 20, 40)).toEqual({ first: 21, last: 40, pages: 2 });
  });

  it('makes an empty answer one page with nothing on it', () => {
    expect(pageSpan(1, 20, 0)).toEqual({ first: 0, last: 0, pages: 1 });
  });
});
