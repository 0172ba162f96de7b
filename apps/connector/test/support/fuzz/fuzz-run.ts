import { appendFileSync } from 'node:fs';
import type { CapturedLog } from '../captured-log';
import { ConfGuard, type Outcome } from './conf-guard';
import type { RawAnswer } from './raw-http';
import { Tally } from './tally';

/** One request of a fuzz run and what it is, for the summary and for reports. */
export interface FuzzCase {
  route: string;
  login: string;
  label: string;
  /** Whether the route may change the configuration folder. */
  writes: boolean;
  send(): Promise<RawAnswer>;
  /** After a 2xx: what is wrong with the state it should have changed, if anything. */
  accepted?(answer: RawAnswer): Promise<string | undefined>;
}

type Described = Pick<FuzzCase, 'route' | 'login' | 'label'>;

const MAX_REPORTED = 12;
/** A file to write every case, its status and its time to, to follow a run. */
const TRACE = process.env.FUZZ_TRACE;

function outcomeOf({ status, overran }: RawAnswer): Outcome {
  if (typeof status !== 'number' || overran === true) return 'unanswered';
  return status < 300 ? 'accepted' : 'refused';
}

/**
 * Runs fuzz cases one at a time against a running connector and checks each: no 5xx, no error or
 * stack trace in the connector's log, the configuration folder unchanged by a refused request, and the
 * state updated by an accepted write. Problems are collected, not thrown, so a run always completes
 * and its summary shows everything it tried.
 */
export class FuzzRun {
  readonly tally = new Tally();
  private readonly problems: string[] = [];
  private readonly guard: ConfGuard;

  constructor(
    private readonly log: CapturedLog,
    confDir: string,
  ) {
    this.guard = new ConfGuard(confDir);
  }

  async run(fuzzCase: FuzzCase): Promise<RawAnswer> {
    const from = this.log.entries.length;
    const started = Date.now();
    const answer = await fuzzCase.send();
    if (TRACE !== undefined) {
      const said = answer.body.subarray(0, 120).toString('utf8');
      const line = `${answer.status} ${Date.now() - started}ms ${fuzzCase.route} as ${fuzzCase.login}: ${fuzzCase.label} => ${said}`;
      appendFileSync(TRACE, `${line}\n`);
    }
    this.tally.add(fuzzCase.route, String(answer.status));
    const problems: string[] = [];
    if (typeof answer.status === 'number' && answer.status >= 500)
      problems.push(`answered ${answer.status}: ${answer.body.toString('utf8').slice(0, 200)}`);
    if (answer.status === 'timeout') problems.push('no answer in time');
    problems.push(...this.logFaults(from));
    const outcome = outcomeOf(answer);
    problems.push(
      ...(fuzzCase.writes ? await this.guard.afterWrite(outcome) : this.guard.afterRead(fuzzCase.route)),
    );
    if (outcome === 'accepted' && fuzzCase.accepted !== undefined) {
      const wrong = await fuzzCase.accepted(answer).catch((error: Error) => `unreadable: ${error.message}`);
      if (wrong !== undefined) problems.push(wrong);
    }
    this.report(fuzzCase, problems);
    return answer;
  }

  /** Where the log stands now, for checkLog. */
  mark(): number {
    return this.log.entries.length;
  }

  /** Records an outcome that is not an HTTP exchange (a live frame's answer). */
  note(route: string, outcome: string): void {
    this.tally.add(route, outcome);
  }

  /** Checks the log since `from` after something other than a request (a live frame) and reports faults. */
  checkLog(fuzzCase: Described, from: number, more: string[] = []): void {
    this.report(fuzzCase, [...more, ...this.logFaults(from)]);
  }

  /** Throws naming the seed and the first problems found since the last call, if there were any. */
  assertClean(seed: number): void {
    this.report(
      { route: 'the configuration folder', login: 'anyone', label: 'at the end' },
      this.guard.flush(),
    );
    const problems = this.problems.splice(0);
    if (problems.length === 0) return;
    const shown = problems.slice(0, MAX_REPORTED).join('\n');
    throw new Error(
      `fuzz seed ${seed} (replay with FUZZ_SEED=${seed}): ${problems.length} problems\n${shown}`,
    );
  }

  private logFaults(from: number): string[] {
    return this.log.faultsSince(from).map(({ level, text }) => `logged ${level}: ${text.slice(0, 300)}`);
  }

  private report(fuzzCase: Described, problems: string[]): void {
    for (const problem of problems)
      this.problems.push(`${fuzzCase.route} as ${fuzzCase.login}, ${fuzzCase.label}: ${problem}`);
  }
}
