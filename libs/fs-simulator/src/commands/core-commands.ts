import { fromBinary, toBinary } from '../config/binary';
import { describeUptime } from '../events/uptime';
import { ApiHandler } from './command-context';
import { separateString } from './separate-string';

/** `version`, `status` and `global_getvar` of mod_commands. */
export const coreCommands: Record<string, ApiHandler> = {
  version: (arg, { version }) => {
    if (arg === '') return `FreeSWITCH Version ${version.full} (${version.revisionHuman})\n`;
    const first = separateString(arg, 2)[0] ?? '';
    return first.toLowerCase().includes('short')
      ? `${version.short}\n`
      : `FreeSWITCH Version ${version.full} (${version.fullHuman})\n`;
  },

  status: (_arg, context) => {
    const s = context.stats();
    return (
      `UP ${describeUptime(context.uptimeMicros())}\n` +
      `FreeSWITCH (Version ${context.version.fullHuman}) is ready\n` +
      `${s.sessionsSinceStartup} session(s) since startup\n` +
      `${s.sessionCount} session(s) - peak ${s.sessionPeak}, last 5min ${s.sessionPeakFiveMin} \n` +
      `${s.sessionsPerSecondLast} session(s) per Sec out of max ${s.sessionsPerSecondLimit}, ` +
      `peak ${s.sessionsPerSecondPeak}, last 5min ${s.sessionsPerSecondPeakFiveMin} \n` +
      `${s.maxSessions} session(s) max\n` +
      `min idle cpu 0.00/${s.idleCpu.toFixed(2)}\n` +
      `Current Stack Size/Max 240K/8192K\n`
    );
  },

  global_getvar: (arg, { variables }) =>
    fromBinary(arg === '' ? variables.dump() : (variables.get(toBinary(arg)) ?? '')),
};
