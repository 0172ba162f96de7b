import { spawn, type ChildProcess } from 'node:child_process';
import type { StartLog } from './container-paths';

/** A program the container runs for as long as it runs. */
export interface Program {
  name: string;
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** How long it may take to stop after SIGTERM before it is killed. */
  stopTimeoutMs: number;
}

interface Running {
  program: Program;
  child: ChildProcess;
  exited: Promise<number>;
}

/**
 * Starts the programs in order and keeps them running until `stop` resolves (SIGTERM to the container)
 * or one of them ends. Then the others are stopped one after the other in reverse order, each with
 * SIGTERM and, past its timeout, SIGKILL: the connector before FreeSWITCH, which a change under way
 * still needs. Resolves with the exit code for the container: 0 after `stop`, 1 when a program ended.
 */
export async function supervise(
  programs: readonly Program[],
  stop: Promise<void>,
  log: StartLog,
): Promise<number> {
  const running = programs.map(start);
  const ended = Promise.race(
    running.map(({ program, exited }) => exited.then((code) => ({ program, code }))),
  );
  const first = await Promise.race([stop.then(() => undefined), ended]);
  if (first) log.loud(`${first.program.name} ended (${describeExit(first.code)}): stopping the container`);
  for (const process of [...running].reverse()) await stopProgram(process, log);
  return first ? 1 : 0;
}

function start(program: Program): Running {
  const child = spawn(program.command, program.args, {
    env: program.env,
    cwd: program.cwd,
    stdio: 'inherit',
  });
  const exited = new Promise<number>((resolve) => {
    child.once('error', () => resolve(127));
    child.once('exit', (code, signal) => resolve(code ?? 128 + signalNumber(signal)));
  });
  return { program, child, exited };
}

async function stopProgram({ program, child, exited }: Running, log: StartLog): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  log.info(`stopping ${program.name}`);
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    log.loud(`${program.name} did not stop within ${program.stopTimeoutMs} ms: killing it`);
    child.kill('SIGKILL');
  }, program.stopTimeoutMs);
  const code = await exited;
  clearTimeout(timer);
  log.info(`${program.name} stopped (${describeExit(code)})`);
}

const SIGNALS: Readonly<Record<string, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGKILL: 9,
  SIGSEGV: 11,
  SIGTERM: 15,
};

function signalNumber(signal: NodeJS.Signals | null): number {
  return (signal && SIGNALS[signal]) ?? 0;
}

function describeExit(code: number): string {
  return code > 128 ? `signal ${code - 128}` : `exit code ${code}`;
}
