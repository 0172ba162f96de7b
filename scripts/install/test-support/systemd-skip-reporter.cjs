// Prints one line when the systemd unit specs were skipped because systemd-analyze is not installed.
const { spawnSync } = require('node:child_process');

class SystemdSkipReporter {
  onRunComplete(_contexts, results) {
    if (spawnSync('systemd-analyze', ['--version'], { stdio: 'ignore' }).status === 0) return;
    const skipped = results.testResults
      .filter((file) => file.testFilePath.endsWith('systemd-units.spec.ts'))
      .reduce((sum, file) => sum + file.numPendingTests, 0);
    if (skipped > 0) {
      process.stdout.write(
        `systemd: ${skipped} unit tests skipped: systemd-analyze is not installed (Debian: apt-get install systemd)\n`,
      );
    }
  }
}

module.exports = SystemdSkipReporter;
