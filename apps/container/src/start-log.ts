import type { StartLog } from './container-paths';

const PREFIX = '[fscon-container]';
const BAR = '!'.repeat(100);

/** The container's own lines on stdout; loud ones between two bars of exclamation marks. */
export function consoleStartLog(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): StartLog {
  return {
    info: (line) => write(`${PREFIX} ${line}`),
    loud: (line) => write([BAR, `${PREFIX} WARNING: ${line}`, BAR].join('\n')),
  };
}
