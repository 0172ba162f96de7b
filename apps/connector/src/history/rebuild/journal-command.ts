import 'reflect-metadata';
import { loadConfig } from '../../config/load-config';
import { rebuildHistory } from './rebuild-history';

const USAGE =
  'usage: npm run journal -- rebuild   (rebuilds history and audit from the journal at JOURNAL_PATH)';
const PROGRESS_EVERY = 100_000;

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** `npm run journal -- rebuild`, with the connector stopped. */
function main(args: readonly string[]): number {
  if (args[0] !== 'rebuild' || args.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(process.env);
  console.log(`rebuilding ${config.history.path} from ${config.journal.path}`);
  let shown = 0;
  const report = rebuildHistory(config.journal.path, config.history.path, ({ done, total }) => {
    if (done - shown < PROGRESS_EVERY && done < total) return;
    shown = done;
    console.log(`${done} of ${total} entries (${Math.floor((done / Math.max(total, 1)) * 100)} %)`);
  });
  console.log(
    `${counted(report.entries, 'entry', 'entries')} → ${counted(report.sessions, 'conference session', 'conference sessions')}, ` +
      `${counted(report.auditEntries, 'audit entry', 'audit entries')} in ${(report.ms / 1000).toFixed(1)} s`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
