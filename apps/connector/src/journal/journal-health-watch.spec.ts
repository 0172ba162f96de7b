import { healthChange } from './journal-health-watch';

const failing = (reason: string) => ({ ok: false as const, reason, unwritten: 1, dropped: 0 });

describe('healthChange', () => {
  it('says when the journal stops being written, when the reason changes, and when it recovers', () => {
    expect(healthChange({ ok: true }, failing('SQLITE_READONLY'))).toBe(
      'the journal cannot be written (SQLITE_READONLY); the live state is served from memory',
    );
    expect(healthChange(failing('SQLITE_READONLY'), failing('SQLITE_FULL'))).toContain('SQLITE_FULL');
    expect(healthChange(failing('SQLITE_FULL'), { ok: true })).toBe('the journal is written again');
  });

  it('says nothing while nothing changed', () => {
    expect(healthChange({ ok: true }, { ok: true })).toBeUndefined();
    expect(healthChange(failing('SQLITE_FULL'), failing('SQLITE_FULL'))).toBeUndefined();
  });
});
