import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** What install.sh takes from a checkout, besides the build output the stage fakes. */
const CHECKOUT_PARTS = [
  'package.json',
  'scripts/install.sh',
  'scripts/install',
  'scripts/runtime-modules.mjs',
  'scripts/connector-externals.mjs',
  'scripts/freeswitch',
  'scripts/wait-ready.sh',
  'deploy/systemd',
  'etc-freeswitch',
  'libs/provisioning/templates',
  'libs/fs-xml/templates',
];

/**
 * A copy of this checkout's install scripts with a stand-in build (dist/) and a stand-in FreeSWITCH in the
 * staging root, so that `install.sh --root` runs without root, network, compiler or build.
 */
export class StagedInstall {
  readonly base = mkdtempSync(join(tmpdir(), 'fscon-install-'));
  readonly checkout = join(this.base, 'checkout');
  readonly root = join(this.base, 'root');

  constructor() {
    for (const part of CHECKOUT_PARTS) {
      cpSync(join(REPO_ROOT, part), join(this.checkout, part), { recursive: true });
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(this.checkout, 'node_modules'));
    this.write(join(this.checkout, 'dist/connector.js'), '// the bundled connector\n');
    this.write(join(this.checkout, 'dist/web/index.html'), '<!doctype html>\n');
    const freeswitch = join(this.root, 'usr/local/freeswitch/bin/freeswitch');
    this.write(freeswitch, '#!/bin/sh\necho "FreeSWITCH version: stand-in"\n');
    chmodSync(freeswitch, 0o755);
  }

  /** Runs the staged install.sh into the staging root with the options every run here needs. */
  install(...args: string[]): SpawnSyncReturns<string> {
    return this.script(
      'scripts/install.sh',
      '--root',
      this.root,
      '--keep-freeswitch',
      '--no-build',
      '--hostname',
      'fscon.test',
      ...args,
    );
  }

  /** Runs a script of the staged checkout. */
  script(path: string, ...args: string[]): SpawnSyncReturns<string> {
    return spawnSync(join(this.checkout, path), args, {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: this.base },
    });
  }

  /** A path inside the staging root. */
  at(path: string): string {
    return join(this.root, path);
  }

  remove(): void {
    rmSync(this.base, { recursive: true, force: true });
  }

  private write(path: string, text: string): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
