import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStrayWorkFiles, withParents } from './stray-work-files';

describe('removeStrayWorkFiles', () => {
  it('removes the connector’s temporary files and swap folders, and nothing else', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fscon-strays-'));
    const team = join(root, 'directory', 'team');
    mkdirSync(join(root, 'directory', '.fscon-backup-0123456789ab', 'team'), { recursive: true });
    mkdirSync(team, { recursive: true });
    const own = ['.20000.xml.0123456789ab.tmp', '.20001.xml.abcdefabcdef.tmp'];
    const others = ['20000.xml', '.20000.xml.tmp', '.x.0123456789AB.tmp', 'notes.0123456789ab.tmp', '.keep'];
    [...own, ...others].forEach((name) => writeFileSync(join(team, name), 'x'));
    mkdirSync(join(team, '.fscon-restore-0123456789ab.tmp'));

    const removed = await removeStrayWorkFiles(root, withParents('directory/team'));

    expect(removed.sort()).toEqual([
      'directory/.fscon-backup-0123456789ab',
      ...own.map((name) => `directory/team/${name}`),
    ]);
    expect(readdirSync(team).sort()).toEqual([...others, '.fscon-restore-0123456789ab.tmp'].sort());
    expect(readdirSync(join(root, 'directory'))).toEqual(['team']);
    rmSync(root, { recursive: true });
  });

  it('lists a folder with those above it', () => {
    expect(withParents('dialplan/conferences')).toEqual(['dialplan/conferences', 'dialplan', '.']);
    expect(withParents('.')).toEqual(['.']);
  });
});
