import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../common/domain-error';
import { ConfigFolder } from './config-folder';

describe('ConfigFolder', () => {
  let root: string;
  let folder: ConfigFolder;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'fscon-folder-'));
    folder = new ConfigFolder(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses paths that lead out of the folder', () => {
    for (const path of ['../x.xml', 'directory/../../x.xml', '/etc/passwd', '']) {
      expect(() => folder.resolve(path)).toThrow(DomainError);
    }
    expect(folder.resolve('directory/team/20000.xml')).toBe(join(root, 'directory/team/20000.xml'));
  });

  it('writes through a temporary file it renames, creating folders, leaving nothing else behind', async () => {
    await folder.write('directory/team/20001.xml', 'first');
    await folder.write('directory/team/20001.xml', 'second', 0o640);
    expect(readFileSync(join(root, 'directory/team/20001.xml'), 'utf8')).toBe('second');
    expect(statSync(join(root, 'directory/team/20001.xml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(root, 'directory/team'))).toEqual(['20001.xml']);
  });

  it('removes files, missing ones included, and lists the xml files of a folder', async () => {
    mkdirSync(join(root, 'dialplan'));
    writeFileSync(join(root, 'dialplan/a.xml'), '');
    writeFileSync(join(root, 'dialplan/b.txt'), '');
    expect(await folder.xmlFiles('dialplan')).toEqual(['dialplan/a.xml']);
    expect(await folder.xmlFiles('missing')).toEqual([]);
    await folder.remove('dialplan/a.xml');
    await folder.remove('dialplan/a.xml');
    expect(await folder.snapshot('dialplan/a.xml')).toEqual({ exists: false });
  });
});
