import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsRecordingStore } from './fs-recording-store';

describe('FsRecordingStore', () => {
  let base: string;
  let dir: string;
  let outside: string;
  let store: FsRecordingStore;

  beforeEach(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'fscon-recstore-')));
    dir = join(base, 'recordings');
    outside = join(base, 'secret.wav');
    mkdirSync(dir);
    writeFileSync(outside, 'secret');
    writeFileSync(join(dir, 'b.wav'), 'bbb');
    writeFileSync(join(dir, 'a.wav'), 'aaa');
    mkdirSync(join(dir, 'folder.wav'));
    symlinkSync(join(dir, 'a.wav'), join(dir, 'inside-link.wav'));
    symlinkSync(outside, join(dir, 'outside-link.wav'));
    symlinkSync(join(dir, 'nowhere.wav'), join(dir, 'dangling.wav'));
    store = new FsRecordingStore(dir);
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('lists regular files and links that stay inside the folder', async () => {
    expect((await store.list()).sort()).toEqual(['a.wav', 'b.wav', 'inside-link.wav']);
  });

  it('lists nothing when the folder does not exist', async () => {
    expect(await new FsRecordingStore(join(base, 'missing')).list()).toEqual([]);
  });

  it('locates files at their real place inside the folder', async () => {
    expect(await store.locate('b.wav')).toEqual({ root: dir, name: 'b.wav' });
    expect(await store.locate('inside-link.wav')).toEqual({ root: dir, name: 'a.wav' });
  });

  it('finds nothing for missing names, folders, links leading outside and non-plain names', async () => {
    for (const name of [
      'missing.wav',
      'folder.wav',
      'outside-link.wav',
      'dangling.wav',
      '../secret.wav',
      '..',
      '.',
    ]) {
      expect(await store.locate(name)).toBeUndefined();
    }
    expect(await new FsRecordingStore(join(base, 'missing')).locate('a.wav')).toBeUndefined();
  });

  it('deletes a link itself, never its target', async () => {
    await store.delete('outside-link.wav');
    expect(existsSync(join(dir, 'outside-link.wav'))).toBe(false);
    expect(existsSync(outside)).toBe(true);
  });

  it('refuses to delete anything but a plain name', async () => {
    await expect(store.delete('../secret.wav')).rejects.toThrow('not a plain file name');
    expect(existsSync(outside)).toBe(true);
  });
});
