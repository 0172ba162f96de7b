import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  wantedModules,
  writeStandInInstallation,
  writeStandInSources,
} from './test-support/stand-in-sources';

const SCRIPT = join(__dirname, 'install-freeswitch.sh');
describe('install-freeswitch.sh', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fscon-fsinstall-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(SCRIPT, ['--no-packages', '--log', join(dir, 'log'), ...args], { encoding: 'utf8' });

  /** An archive of a stand-in installation. */
  function standInArchive(modules: string[]): string {
    const tree = join(dir, 'tree');
    writeStandInInstallation(tree, modules);
    const archive = join(dir, 'freeswitch.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', tree, '.']);
    return archive;
  }

  it.each([
    [[], 'give one of --archive FILE, --source DIR and --clone'],
    [['--clone', '--source', '/src'], 'give only one of --archive, --source and --clone'],
    [['--archive'], '--archive needs a value'],
    [['--clone', '--prefix', 'relative'], '--prefix must be an absolute path: relative'],
    [
      ['--clone', '--modules-conf', '/nonexistent.xml'],
      'no modules.conf.xml at /nonexistent.xml (give --modules-conf)',
    ],
    [['--clone', '--video'], 'unknown option: --video'],
  ])('refuses %j', (args, message) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`install-freeswitch: ${message}\n`);
  });

  it('explains itself with --help and lists the runtime packages with --print-packages', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--archive FILE');
    expect(help.stdout).toContain('--audio-only');
    const packages = run('--print-packages');
    expect(packages.stdout).toBe(
      readFileSync(join(__dirname, 'runtime-packages.txt'), 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n'),
    );
  });

  it('unpacks an archive into the prefix, and again over the first one', () => {
    const archive = standInArchive(wantedModules());
    const prefix = join(dir, 'prefix');
    for (let time = 0; time < 2; time++) {
      const result = run('--archive', archive, '--prefix', prefix);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('done: FreeSWITCH version: 1.10.99 (stand-in)');
    }
    expect(execFileSync(join(prefix, 'bin', 'freeswitch'), ['-version'], { encoding: 'utf8' })).toContain(
      'stand-in',
    );
    expect(readFileSync(join(prefix, 'share', 'fscon', 'freeswitch-build.txt'), 'utf8')).toContain(
      `archive ${archive} sha256 `,
    );
    expect(execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n')).not.toContain(
      expect.stringMatching(/^prefix\.(new|old)\./),
    );
  });

  it('refuses an archive without a module etc-freeswitch loads, leaving the prefix alone', () => {
    const archive = standInArchive(wantedModules().filter((module) => module !== 'mod_opus'));
    const result = run('--archive', archive, '--prefix', join(dir, 'prefix'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/install-freeswitch: .* lacks the modules mod_opus\n/);
    expect(existsSync(join(dir, 'prefix'))).toBe(false);
  });

  it('does not put an installation over a folder holding something else', () => {
    const archive = standInArchive(wantedModules());
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'notes.txt'), 'mine');
    const result = run('--archive', archive, '--prefix', join(dir, 'elsewhere'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'holds files but no bin/freeswitch: give a folder of its own as --prefix',
    );
    expect(readFileSync(join(dir, 'elsewhere', 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('names the missing tree of a source folder', () => {
    const result = run('--source', dir, '--prefix', join(dir, 'prefix'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`install-freeswitch: no source tree at ${dir}/sofia-sip\n`);
  });

  describe('--source', () => {
    const calls = (log: string) =>
      readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((call) => call.trimEnd());

    it('builds sofia-sip, spandsp, then FreeSWITCH with video and the wanted modules, into the prefix', () => {
      const log = writeStandInSources(join(dir, 'src'));
      const prefix = join(dir, 'prefix');
      const result = run('--source', join(dir, 'src'), '--prefix', prefix, '--jobs', '1');
      expect(result.status).toBe(0);
      expect(result.stderr).toContain('is at not a git tree, not the pinned');
      expect(calls(log)).toEqual([
        'sofia-sip bootstrap',
        `sofia-sip configure --prefix=${prefix}`,
        'sofia-sip make',
        'sofia-sip make install',
        'spandsp bootstrap',
        `spandsp configure --prefix=${prefix}`,
        'spandsp make',
        'spandsp make install',
        'freeswitch bootstrap -j',
        `freeswitch configure --prefix=${prefix} LDFLAGS=-Wl,-rpath,${prefix}/lib`,
        'freeswitch make',
        'freeswitch make install',
      ]);
      const tree = join(dir, 'src', 'freeswitch');
      expect(readFileSync(join(tree, 'modules.conf'), 'utf8').trim().split('\n').sort()).toEqual(
        wantedModules()
          .map((module) => `stand-in/${module}`)
          .sort(),
      );
      expect(readFileSync(join(tree, 'configure.ac'), 'utf8')).toBe(
        'PKG_CHECK_MODULES([SPANDSP], [spandsp >= 3.0])\nPKG_CHECK_MODULES([SOFIA_SIP], [sofia-sip-ua >= 1.13.17])\n',
      );
      expect(readFileSync(join(prefix, 'share', 'fscon', 'freeswitch-build.txt'), 'utf8')).toContain(
        'video yes (libvpx, libyuv)',
      );
    });

    it('configures again only when the options change, and leaves out video with --audio-only', () => {
      const log = writeStandInSources(join(dir, 'src'));
      const prefix = join(dir, 'prefix');
      expect(run('--source', join(dir, 'src'), '--prefix', prefix).status).toBe(0);
      writeFileSync(log, '');
      expect(run('--source', join(dir, 'src'), '--prefix', prefix).status).toBe(0);
      expect(calls(log).filter((call) => !call.includes(' make'))).toEqual([]);

      writeFileSync(log, '');
      const audioOnly = run('--source', join(dir, 'src'), '--prefix', prefix, '--audio-only');
      expect(audioOnly.status).toBe(0);
      expect(calls(log).filter((call) => !call.includes(' make'))).toEqual([
        'freeswitch bootstrap -j',
        `freeswitch configure --prefix=${prefix} --disable-libvpx --disable-libyuv LDFLAGS=-Wl,-rpath,${prefix}/lib`,
      ]);
    });
  });
});
