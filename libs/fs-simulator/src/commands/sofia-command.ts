import { localDate } from '../events/event-factory';
import { contactHeader, Registration } from '../live/registration';
import { ApiHandler } from './command-context';
import { separateString } from './separate-string';

const RULE = '='.repeat(97);
/** The one profile of etc-freeswitch, which the simulated registrations belong to. */
const PROFILE = 'internal';

function entry(row: Registration, hostname: string, nowSeconds: number): string {
  const expiry = `EXP(${localDate(new Date(row.expiresAt * 1000))}) EXPSECS(${row.expiresAt - nowSeconds})`;
  return (
    `Call-ID:    \t${row.callId}\nUser:       \t${row.user}@${row.realm}\n` +
    `Contact:    \t${contactHeader(row)}\nAgent:      \t${row.userAgent}\n` +
    `Status:     \t${row.status}(unknown) ${expiry}\nPing-Status:\tReachable\nPing-Time:\t0.00\n` +
    `Host:       \t${hostname}\nIP:         \t${row.networkIp}\nPort:       \t${row.networkPort}\n` +
    `Auth-User:  \t${row.user}\nAuth-Realm: \t${row.realm}\nMWI-Account:\t${row.user}@${row.realm}\n\n`
  );
}

/**
 * `sofia status profile <name> reg` of mod_sofia: the rows of sip_registrations (a filter after `reg`
 * is not applied). Of the other sofia commands the simulator knows none.
 */
export const sofiaCommand: ApiHandler = (arg, { live, events }) => {
  const [command = '', what, profile, list] = separateString(arg, 10);
  if (command !== 'status' || what !== 'profile' || list !== 'reg') return `Unknown Command [${command}]\n`;
  if (profile !== PROFILE) return 'Invalid Profile!\n';
  const rows = live.registrations.all();
  const now = Math.floor(events.now() / 1_000_000);
  const entries = rows.map((row) => entry(row, events.identity.hostname, now)).join('');
  return `\nRegistrations:\n${RULE}\n${entries}Total items returned: ${rows.length}\n${RULE}\n`;
};
