import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Kills the child when this process is gone, even if it died without cleaning up (a test runner that
 * kills its workers): a detached shell checks every second whether this process still lives.
 */
export function guardAgainstOrphan(child: ChildProcess): void {
  if (child.pid === undefined) return;
  const script = `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${child.pid} 2>/dev/null; do sleep 1; done; kill -0 ${process.pid} 2>/dev/null || kill -9 ${child.pid} 2>/dev/null`;
  spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref();
}
