import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StagedInstall } from './test-support/staged-install';
import { systemdAnalyzeInstalled } from './test-support/systemd-analyze';

const UNITS = ['freeswitch.service', 'fscon.service'];

// Where systemd's tools are missing these tests are skipped and the run says so in one line
// (test-support/systemd-skip-reporter.cjs).
const describeSystemd = systemdAnalyzeInstalled() ? describe : describe.skip;

describeSystemd('systemd units', () => {
  let stage: StagedInstall;
  let units: Record<string, string>;
  beforeAll(() => {
    stage = new StagedInstall();
    expect(stage.install().status).toBe(0);
    units = Object.fromEntries(
      UNITS.map((unit) => [unit, readFileSync(stage.at(`etc/systemd/system/${unit}`), 'utf8')]),
    );
  });
  afterAll(() => stage.remove());

  it('pass systemd-analyze verify as installed, with their programs where install.sh put them', () => {
    // the units name the final paths; the staged files sit below the staging root
    const checked = join(stage.base, 'verify');
    mkdirSync(checked);
    for (const unit of UNITS) {
      const text = units[unit]!.replace(/(\/usr\/local\/freeswitch|\/opt\/fscon)/g, `${stage.root}$1`);
      writeFileSync(join(checked, unit), text);
    }
    const verify = spawnSync('systemd-analyze', ['verify', ...UNITS.map((unit) => join(checked, unit))], {
      encoding: 'utf8',
    });
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
  });

  it.each(UNITS)('%s runs as fscon, hardened, restarted on failure', (unit) => {
    const text = units[unit]!;
    for (const line of [
      'User=fscon',
      'NoNewPrivileges=yes',
      'ProtectSystem=strict',
      'ProtectHome=yes',
      'PrivateTmp=yes',
      'Restart=on-failure',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
  });

  it('starts the connector after FreeSWITCH and counts it started once /readyz answers 200', () => {
    const lines = units['fscon.service']!.split('\n');
    expect(lines).toContain('Requires=freeswitch.service');
    expect(lines).toContain('After=freeswitch.service network-online.target');
    expect(lines).toContain('ExecStartPost=/opt/fscon/scripts/wait-ready.sh 60');
    expect(lines).toContain('EnvironmentFile=/etc/fscon/fscon.env');
  });

  it('lets the services write only the configuration, recordings, static folder and their own state', () => {
    expect(units['fscon.service']).toContain(
      'ReadWritePaths=/etc/freeswitch /var/lib/fscon/recordings /var/lib/fscon/static\n',
    );
    expect(units['freeswitch.service']).toContain(
      'ReadWritePaths=/etc/freeswitch /var/lib/freeswitch /var/log/freeswitch /var/lib/fscon/recordings\n',
    );
  });
});
