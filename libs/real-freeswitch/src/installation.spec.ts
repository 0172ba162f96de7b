import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateFreeswitch } from './installation';

describe('locateFreeswitch', () => {
  let root: string;
  const repoRoot = () => join(root, 'checkout');
  const cacheDir = () => join(root, 'cache');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'fscon-locate-'));
    mkdirSync(repoRoot());
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function fakeInstallation(dir: string): void {
    mkdirSync(join(dir, 'bin'), { recursive: true });
    writeFileSync(join(dir, 'bin', 'freeswitch'), '#!/bin/sh\n');
    chmodSync(join(dir, 'bin', 'freeswitch'), 0o755);
  }

  it('takes the installation FREESWITCH_HOME names', () => {
    const home = join(root, 'opt');
    fakeInstallation(home);
    const located = locateFreeswitch({
      repoRoot: repoRoot(),
      cacheDir: cacheDir(),
      env: { FREESWITCH_HOME: home },
    });
    expect(located).toEqual({ found: true, installation: { home, origin: `FREESWITCH_HOME=${home}` } });
  });

  it('refuses a FREESWITCH_HOME without bin/freeswitch', () => {
    const env = { FREESWITCH_HOME: root };
    expect(() => locateFreeswitch({ repoRoot: repoRoot(), cacheDir: cacheDir(), env })).toThrow(
      `FREESWITCH_HOME=${root} has no bin/freeswitch`,
    );
  });

  it('says why when there is neither an installation nor an archive', () => {
    const located = locateFreeswitch({ repoRoot: repoRoot(), cacheDir: cacheDir(), env: {} });
    expect(located).toEqual({
      found: false,
      reason: `no FreeSWITCH: FREESWITCH_HOME is not set and ${join(root, 'shared', 'freeswitch')} has no *.tar.zst`,
    });
  });

  it('unpacks the archive beside the checkout once into the cache', () => {
    const content = join(root, 'content');
    fakeInstallation(content);
    const shared = join(root, 'shared', 'freeswitch');
    mkdirSync(shared, { recursive: true });
    const archive = join(shared, 'freeswitch.tar.zst');
    expect(spawnSync('tar', ['--zstd', '-cf', archive, '-C', content, 'bin']).status).toBe(0);

    const first = locateFreeswitch({ repoRoot: repoRoot(), cacheDir: cacheDir(), env: {} });
    const second = locateFreeswitch({ repoRoot: repoRoot(), cacheDir: cacheDir(), env: {} });

    expect(first).toEqual({ found: true, installation: { home: expect.any(String), origin: archive } });
    expect(second).toEqual(first);
    expect(readdirSync(cacheDir())).toHaveLength(1);
    expect(readdirSync(join(cacheDir(), readdirSync(cacheDir())[0]!, 'bin'))).toEqual(['freeswitch']);
  });
});
