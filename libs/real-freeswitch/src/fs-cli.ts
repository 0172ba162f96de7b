import { execFile } from 'node:child_process';
import { installationLayout } from './layout';

/** Runs `fs_cli -x <command>` against the Event Socket on loopback; rejects when it cannot connect. */
export function runFsCli(home: string, port: number, password: string, command: string): Promise<string> {
  const layout = installationLayout(home);
  const args = ['-H', '127.0.0.1', '-P', String(port), '-p', password, '-x', command];
  return new Promise((resolve, reject) => {
    execFile(
      layout.fsCli,
      args,
      { env: { ...process.env, LD_LIBRARY_PATH: layout.libraries }, timeout: 30_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`fs_cli ${command}: ${stderr || error.message}`)) : resolve(stdout),
    );
  });
}
