import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/fresh-build';
import { describeRealFs, installation } from './support/realfs';

const SCRIPT = join(REPO_ROOT, 'scripts', 'freeswitch', 'install-freeswitch.sh');

describeRealFs('install-freeswitch.sh --archive with a real FreeSWITCH', () => {
  let dir: string;
  let archive: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fscon-fsarchive-'));
    archive = installation!.origin;
    if (!archive.endsWith('.tar.zst')) {
      // an installation folder (FREESWITCH_HOME): packed as the archive would hold it
      archive = join(dir, 'freeswitch.tar.zst');
      execFileSync('tar', ['--zstd', '-cf', archive, '-C', installation!.home, '.']);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('unpacks it into a prefix of its own, where freeswitch -version runs with every module etc-freeswitch loads', () => {
    const prefix = join(dir, 'prefix');
    const result = spawnSync(
      SCRIPT,
      ['--no-packages', '--log', join(dir, 'log'), '--prefix', prefix, '--archive', archive],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const version = execFileSync(join(prefix, 'bin', 'freeswitch'), ['-version'], {
      encoding: 'utf8',
      env: { ...process.env, LD_LIBRARY_PATH: join(prefix, 'lib') },
    });
    expect(version).toMatch(/^FreeSWITCH version: 1\.\d+/);
    expect(readdirSync(join(prefix, 'lib', 'freeswitch', 'mod'))).toEqual(
      expect.arrayContaining([
        'mod_sofia.so',
        'mod_conference.so',
        'mod_event_socket.so',
        'mod_opus.so',
        'mod_spandsp.so',
      ]),
    );
  });
});
