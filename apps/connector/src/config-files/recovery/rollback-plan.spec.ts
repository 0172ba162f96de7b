import type { FileSnapshot } from '../config-folder';
import { filesRollback, swapRollback } from './rollback-plan';
import type { FilesUndo, SwapUndo } from './write-intent';

const file = (text: string, mode = 0o644): FileSnapshot => ({ exists: true, data: Buffer.from(text), mode });
const MISSING: FileSnapshot = { exists: false };

describe('taking back a write of files', () => {
  const undo: FilesUndo = {
    kind: 'files',
    files: [
      { path: 'a.xml', before: file('old a') },
      { path: 'b.xml', before: MISSING },
      { path: 'c.xml', before: file('old c', 0o600) },
      { path: 'd.xml', before: file('old d') },
    ],
  };

  it('given the write got half-way, puts back what it changed and leaves the rest alone', () => {
    const now = new Map([
      ['a.xml', file('new a')],
      ['b.xml', file('new b')],
      ['c.xml', file('old c', 0o600)],
    ]);

    expect(filesRollback(undo, now)).toEqual([
      { path: 'a.xml', content: Buffer.from('old a'), mode: 0o644 },
      { path: 'b.xml', content: null },
      { path: 'd.xml', content: Buffer.from('old d'), mode: 0o644 },
    ]);
  });

  it('given nothing was touched, or everything already put back, does nothing', () => {
    const untouched = new Map([
      ['a.xml', file('old a')],
      ['c.xml', file('old c', 0o600)],
      ['d.xml', file('old d')],
    ]);
    expect(filesRollback(undo, untouched)).toEqual([]);
  });

  it('puts back a mode that changed, even when the bytes did not', () => {
    const now = new Map([
      ['a.xml', file('old a', 0o666)],
      ['c.xml', file('old c', 0o600)],
      ['d.xml', file('old d')],
    ]);
    expect(filesRollback(undo, now)).toEqual([{ path: 'a.xml', content: Buffer.from('old a'), mode: 0o644 }]);
  });
});

describe('taking back a folder swap', () => {
  const undo: SwapUndo = {
    kind: 'swap',
    folder: 'directory',
    staged: '.fscon-restore-aaaaaaaaaaaa',
    backup: '.fscon-backup-aaaaaaaaaaaa',
    before: ['team', 'default.xml'],
    incoming: ['team', 'friends'],
  };
  const workFolders = [
    { type: 'remove', path: 'directory/.fscon-restore-aaaaaaaaaaaa' },
    { type: 'remove', path: 'directory/.fscon-backup-aaaaaaaaaaaa' },
  ];

  it('given no entry had moved yet, only removes the working folders', () => {
    expect(swapRollback(undo, { folder: ['team', 'default.xml'], backup: [] })).toEqual(workFolders);
  });

  it('given the old entries were moving out, moves those back', () => {
    expect(swapRollback(undo, { folder: ['default.xml'], backup: ['team'] })).toEqual([
      { type: 'move', from: 'directory/.fscon-backup-aaaaaaaaaaaa/team', to: 'directory/team' },
      ...workFolders,
    ]);
  });

  it('given the new entries were moving in, removes them and moves the old ones back', () => {
    expect(swapRollback(undo, { folder: ['team', 'friends'], backup: ['team', 'default.xml'] })).toEqual([
      { type: 'remove', path: 'directory/team' },
      { type: 'move', from: 'directory/.fscon-backup-aaaaaaaaaaaa/team', to: 'directory/team' },
      { type: 'move', from: 'directory/.fscon-backup-aaaaaaaaaaaa/default.xml', to: 'directory/default.xml' },
      { type: 'remove', path: 'directory/friends' },
      ...workFolders,
    ]);
  });

  it('swaps the configuration folder itself by the same rules', () => {
    const root: SwapUndo = { ...undo, folder: '.', before: ['vars.xml'], incoming: ['vars.xml'] };
    expect(swapRollback(root, { folder: ['vars.xml'], backup: ['vars.xml'] })).toEqual([
      { type: 'remove', path: 'vars.xml' },
      { type: 'move', from: '.fscon-backup-aaaaaaaaaaaa/vars.xml', to: 'vars.xml' },
      { type: 'remove', path: '.fscon-restore-aaaaaaaaaaaa' },
      { type: 'remove', path: '.fscon-backup-aaaaaaaaaaaa' },
    ]);
  });
});
