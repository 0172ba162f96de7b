import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsProvisioningFileStore } from './fs-provisioning-file-store';

describe('FsProvisioningFileStore', () => {
  let root: string;
  let store: FsProvisioningFileStore;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'fscon-prov-'));
    store = new FsProvisioningFileStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes into new folders, replaces by rename and leaves no temporary file', async () => {
    await store.write('linphone/20000/linphone.xml', 'one');
    const before = statSync(join(root, 'linphone/20000/linphone.xml')).ino;
    await store.write('linphone/20000/linphone.xml', 'two');
    expect(readFileSync(join(root, 'linphone/20000/linphone.xml'), 'utf8')).toBe('two');
    expect(statSync(join(root, 'linphone/20000/linphone.xml')).ino).not.toBe(before);
    expect(readdirSync(join(root, 'linphone/20000'))).toEqual(['linphone.xml']);
    expect(statSync(join(root, 'linphone/20000/linphone.xml')).mode & 0o777).toBe(0o640);
  });

  it('reads, sizes and removes files, answering undefined or false for missing ones', async () => {
    await store.write('polycom/0004f2aabbcc/allprov.cfg', 'cfg');
    expect(await store.read('polycom/0004f2aabbcc/allprov.cfg')).toBe('cfg');
    expect(await store.size('polycom/0004f2aabbcc/allprov.cfg')).toBe(3);
    expect(await store.read('polycom/0004f2aabbcc/none.cfg')).toBeUndefined();
    expect(await store.size('polycom/0004f2aabbcc')).toBeUndefined();
    expect(await store.read('polycom/0004f2aabbcc/allprov.cfg/below')).toBeUndefined();
    expect(await store.remove('polycom/0004f2aabbcc/allprov.cfg')).toBe(true);
    expect(await store.remove('polycom/0004f2aabbcc/allprov.cfg')).toBe(false);
  });

  it('appends, creating the file, and renames', async () => {
    await store.append('polycom/0004f2aabbcc/0004f2aabbcc-app.log', Buffer.from('a\n'));
    await store.append('polycom/0004f2aabbcc/0004f2aabbcc-app.log', Buffer.from('b\n'));
    await store.rename('polycom/0004f2aabbcc/0004f2aabbcc-app.log', 'polycom/0004f2aabbcc/old.log');
    expect(await store.read('polycom/0004f2aabbcc/old.log')).toBe('a\nb\n');
    expect(await store.read('polycom/0004f2aabbcc/0004f2aabbcc-app.log')).toBeUndefined();
  });

  it('removes a folder only when it is empty, and lists sub-folders only', async () => {
    mkdirSync(join(root, 'polycom/0004f2aabbcc'), { recursive: true });
    mkdirSync(join(root, 'polycom/ucs'));
    writeFileSync(join(root, 'polycom/ucs/sip.ld'), 'x');
    writeFileSync(join(root, 'polycom/readme.txt'), 'x');
    expect((await store.folders('polycom')).sort()).toEqual(['0004f2aabbcc', 'ucs']);
    expect(await store.folders('linphone')).toEqual([]);
    expect(await store.removeFolderIfEmpty('polycom/ucs')).toBe(false);
    expect(await store.removeFolderIfEmpty('polycom/0004f2aabbcc')).toBe(true);
    expect(await store.removeFolderIfEmpty('polycom/0004f2aabbcc')).toBe(false);
    expect(existsSync(join(root, 'polycom/ucs/sip.ld'))).toBe(true);
  });

  it('removes the temporary files of writes cut off long enough ago, and nothing else', async () => {
    const folder = join(root, 'linphone/20000');
    mkdirSync(folder, { recursive: true });
    const names = [
      '.linphone.xml.0123456789ab.tmp',
      '.linphone.xml.ba9876543210.tmp',
      '.hidden',
      'x.tmp',
      'linphone.xml',
    ];
    names.forEach((name) => writeFileSync(join(folder, name), 'x'));
    const hourAgo = new Date(Date.now() - 3_600_000);
    ['.linphone.xml.0123456789ab.tmp', '.hidden', 'x.tmp'].forEach((name) =>
      utimesSync(join(folder, name), hourAgo, hourAgo),
    );
    expect(await store.removeLeftovers('linphone/20000', 60_000)).toEqual([
      'linphone/20000/.linphone.xml.0123456789ab.tmp',
    ]);
    expect(readdirSync(folder).sort()).toEqual([
      '.hidden',
      '.linphone.xml.ba9876543210.tmp',
      'linphone.xml',
      'x.tmp',
    ]);
    expect(await store.removeLeftovers('linphone/none', 0)).toEqual([]);
  });

  it.each(['../outside', 'linphone/../../x', '/etc/passwd', 'linphone//x', './x'])(
    'refuses the path %s',
    async (path) => {
      await expect(store.write(path, 'x')).rejects.toThrow('not a plain relative path');
    },
  );
});
