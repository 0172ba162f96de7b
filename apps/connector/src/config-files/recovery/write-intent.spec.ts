import { decodeIntent, encodeIntent, type WriteIntent } from './write-intent';

describe('the record of a configuration write', () => {
  it('keeps every byte and mode of the files as they were, and which were missing', () => {
    const odd = Buffer.from([0x3c, 0x00, 0xff, 0xfe, 0x0d, 0x0a, 0xc3, 0xa9]);
    const intent: WriteIntent = {
      root: '/etc/freeswitch',
      startedAt: '2026-12-07T10:00:00.000Z',
      undo: {
        kind: 'files',
        files: [
          { path: 'directory/team/20000.xml', before: { exists: true, data: odd, mode: 0o640 } },
          { path: 'directory/team/20001.xml', before: { exists: false } },
        ],
      },
    };

    const decoded = decodeIntent(encodeIntent(intent));

    expect(decoded).toEqual(intent);
    const [kept] = decoded.undo.kind === 'files' ? decoded.undo.files : [];
    expect(kept?.before.exists && kept.before.data.equals(odd)).toBe(true);
  });

  it('keeps a folder swap', () => {
    const intent: WriteIntent = {
      root: '/etc/freeswitch',
      startedAt: '2026-12-07T10:00:00.000Z',
      undo: {
        kind: 'swap',
        folder: 'directory',
        staged: '.fscon-restore-0123456789ab',
        backup: '.fscon-backup-0123456789ab',
        before: ['team', 'default.xml'],
        incoming: ['team'],
      },
    };
    expect(decodeIntent(encodeIntent(intent))).toEqual(intent);
  });

  it('refuses what it did not write', () => {
    expect(() => decodeIntent('{"version":2,"root":"/","startedAt":"","undo":{}}')).toThrow(
      /not a configuration/,
    );
    expect(() => decodeIntent('{"version":1,"root":"/","startedAt":"","undo":{"kind":"x"}}')).toThrow(
      /does not say how/,
    );
    expect(() => decodeIntent('{"version":1,')).toThrow(SyntaxError);
  });
});
