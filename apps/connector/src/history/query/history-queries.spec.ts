import { auditListQuery, sessionListQuery } from './history-queries';

const DAY_MS = 86_400_000;
const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  return undefined;
};

describe('history and audit query values', () => {
  it('reads dates as whole UTC days and date-times with their offset', () => {
    expect(sessionListQuery({ from: '2026-12-01', to: '2026-12-01', name: 'team', page: '2' })).toEqual({
      filter: { from: Date.UTC(2026, 11, 1), to: Date.UTC(2026, 11, 1) + DAY_MS - 1, name: 'team' },
      page: 2,
      format: 'json',
    });
    expect(sessionListQuery({ from: '2026-12-01T10:00:00+01:00', format: 'csv' })).toMatchObject({
      filter: { from: Date.UTC(2026, 11, 1, 9) },
      page: 1,
      format: 'csv',
    });
  });

  it('refuses values of the wrong shape with the route’s code', () => {
    const bad = [
      { from: '2026-02-30' },
      { to: '01/12/2026' },
      { from: '2026-12-01T10:00:00' },
      { page: '0' },
      { page: '1.5' },
      { name: ['a', 'b'] },
      { name: '' },
      { format: 'xml' },
      { from: '2026-12-02', to: '2026-12-01' },
    ];
    expect(bad.map((query) => refusal(() => sessionListQuery(query))?.code)).toEqual(
      bad.map(() => 'HISTORY.INVALID_QUERY'),
    );
    expect(refusal(() => auditListQuery({ kind: 'User Added' }))).toEqual({
      code: 'AUDIT.INVALID_QUERY',
      message: 'bad query value kind="User Added"',
    });
  });

  it('passes actor and kind of the audit through', () => {
    expect(auditListQuery({ actor: 'defaultuser', kind: 'user.added' }).filter).toEqual({
      from: undefined,
      to: undefined,
      actor: 'defaultuser',
      kind: 'user.added',
    });
  });
});
