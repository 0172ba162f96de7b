import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'env-file.sh');

describe('env-file.sh', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fscon-env-'));
    file = join(dir, 'fscon', 'fscon.env');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...pairs: string[]) => spawnSync(SCRIPT, [file, ...pairs], { encoding: 'utf8' });

  it('writes a new file with every variable, readable by its owner and group only', () => {
    const result = run('FSPW=secret', 'FASTIPORT=443');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('wrote FSPW\nwrote FASTIPORT\n');
    expect(readFileSync(file, 'utf8')).toMatch(/^# .*\n# .*\nFSPW=secret\nFASTIPORT=443\n$/);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('keeps every line of an existing file and appends only the variables it lacks', () => {
    run('FSPW=first');
    const mine = `${readFileSync(file, 'utf8')}# my note\nexport FASTIPORT=8443\nLIVE_PING_MS=20000`;
    writeFileSync(file, mine);
    const result = run('FSPW=second', 'FASTIPORT=443', 'CONHOSTNAME=host.example.org');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('kept FSPW\nkept FASTIPORT\nadded CONHOSTNAME\n');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`${mine}\n# added by scripts/install.sh `)).toBe(true);
    expect(text.endsWith('\nCONHOSTNAME=host.example.org\n')).toBe(true);
  });

  it('changes nothing when every variable is there', () => {
    run('FSPW=first');
    const before = readFileSync(file, 'utf8');
    expect(run('FSPW=second').stdout).toBe('kept FSPW\n');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses an argument that is not KEY=VALUE', () => {
    const result = run('FSPW');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('env-file: not KEY=VALUE: FSPW\n');
  });
});
