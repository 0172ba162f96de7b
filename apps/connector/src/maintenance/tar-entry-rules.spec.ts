import { tarEntryProblem } from './tar-entry-rules';

const file = (path: string) => ({ path, type: 'File' });
const symlink = (path: string, linkpath: string) => ({ path, type: 'SymbolicLink', linkpath });

describe('tarEntryProblem', () => {
  it('lets ordinary files, folders and links inside the folder through', () => {
    expect(tarEntryProblem(file('./team/20000.xml'))).toBeUndefined();
    expect(tarEntryProblem({ path: './team/', type: 'Directory' })).toBeUndefined();
    expect(tarEntryProblem(symlink('./sub/ok', '../team/20000.xml'))).toBeUndefined();
    expect(tarEntryProblem(symlink('current', 'team'))).toBeUndefined();
    expect(tarEntryProblem({ path: 'b.xml', type: 'Link', linkpath: 'team/a.xml' })).toBeUndefined();
  });

  it('refuses absolute paths and paths that climb out', () => {
    expect(tarEntryProblem(file('/etc/passwd'))).toBe('"/etc/passwd" is an absolute path');
    expect(tarEntryProblem(file('C:\\x.xml'))).toMatch(/absolute/);
    expect(tarEntryProblem(file('../../etc/passwd'))).toBe('"../../etc/passwd" climbs out with ..');
    expect(tarEntryProblem(file('team/..\\..\\x'))).toMatch(/climbs out/);
  });

  it('refuses links leading outside, however they are spelt', () => {
    expect(tarEntryProblem(symlink('evil', '/etc/passwd'))).toMatch(/outside the folder/);
    expect(tarEntryProblem(symlink('team/evil', '../../etc'))).toMatch(/outside the folder/);
    expect(tarEntryProblem(symlink('evil', '..'))).toMatch(/outside the folder/);
    expect(tarEntryProblem(symlink('d/z', 'w/../..'))).toMatch(/outside the folder/);
    expect(tarEntryProblem({ path: 'h', type: 'Link', linkpath: '../x' })).toMatch(/hard link/);
    expect(tarEntryProblem({ path: 'h', type: 'Link', linkpath: '/etc/shadow' })).toMatch(/hard link/);
  });

  it('refuses devices and other special files', () => {
    expect(tarEntryProblem({ path: 'dev', type: 'CharacterDevice' })).toBe(
      '"dev" is a CharacterDevice, not a file, folder or link',
    );
    expect(tarEntryProblem({ path: 'fifo', type: 'FIFO' })).toMatch(/FIFO/);
  });
});
