import { endOfDay, querySearch, startOfDay } from './history-query';

const noFilter = { name: '', from: '', to: '', page: 1 };

describe('querySearch', () => {
  it('leaves out empty fields and the first page', () => {
    expect(querySearch(noFilter)).toBe('');
    expect(querySearch({ actor: ' ', kind: '', from: '', to: '', page: 1 })).toBe('');
  });

  it('sends trimmed filters and later pages', () => {
    expect(querySearch({ ...noFilter, name: ' team g722 ', page: 3 })).toBe('?name=team+g722&page=3');
    expect(querySearch({ actor: 'defaultuser', kind: 'user.added', from: '', to: '', page: 2 })).toBe(
      '?actor=defaultuser&kind=user.added&page=2',
    );
  });

  it('turns the chosen days into a range from the first to the last moment of the local days', () => {
    const search = new URLSearchParams(querySearch({ ...noFilter, from: '2026-03-01', to: '2026-03-02' }));
    expect(search.get('from')).toBe(new Date(2026, 2, 1).toISOString());
    expect(search.get('to')).toBe(new Date(2026, 2, 2, 23, 59, 59, 999).toISOString());
    expect(startOfDay('2026-12-31')).toBe(new Date(2026, 11, 31).toISOString());
    expect(endOfDay('2026-12-31')).toBe(new Date(2027, 0, 1, 0, 0, 0, -1).toISOString());
  });

  it('asks for CSV with every page of the same query', () => {
    expect(querySearch({ ...noFilter, name: 'x', page: 4 }, 'csv')).toBe('?name=x&format=csv');
    expect(querySearch(noFilter, 'csv')).toBe('?format=csv');
  });
});
