// Prints one line when the real-FreeSWITCH tests were skipped, with how many and why.
const SKIP_REASON_VARIABLE = 'FSCON_REALFS_SKIPPED';

class RealFsSkipReporter {
  onRunComplete(_contexts, results) {
    const reason = process.env[SKIP_REASON_VARIABLE];
    if (!reason) return;
    const skipped = results.testResults
      .filter((file) => file.testFilePath.includes('/realfs/'))
      .reduce((sum, file) => sum + file.numPendingTests, 0);
    if (skipped > 0) process.stdout.write(`realfs: ${skipped} real-FreeSWITCH tests skipped: ${reason}\n`);
  }
}

module.exports = RealFsSkipReporter;
