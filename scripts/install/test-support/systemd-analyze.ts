import { spawnSync } from 'node:child_process';

export function systemdAnalyzeInstalled(): boolean {
  return spawnSync('systemd-analyze', ['--version'], { stdio: 'ignore' }).status === 0;
}
