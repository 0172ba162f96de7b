import { registrationsJson } from '../live/show-registrations';
import { ApiHandler } from './command-context';
import { separateString } from './separate-string';

const SHOW_SYNTAX =
  'codec|endpoint|application|api|dialplan|file|timer|calls [count]|channels [count|like <match string>]|' +
  'calls|detailed_calls|bridged_calls|detailed_bridged_calls|aliases|complete|chat|management|modules|' +
  'nat_map|say|interfaces|interface_types|tasks|limits|status';

/** `show registrations [as json|xml|delim]` of mod_commands; rows are listed in the json form. */
export const showCommand: ApiHandler = (arg, { live, events }) => {
  const argv = separateString(arg, 6);
  if (argv[0]?.toLowerCase() !== 'registrations') return `-USAGE: ${SHOW_SYNTAX}\n`;
  const format = argv[2] !== undefined && argv[1].toLowerCase() === 'as' ? argv[2] : 'delim';
  const rows = live.registrations.all();
  switch (format.toLowerCase()) {
    case 'delim':
    case 'csv':
      return `\n${rows.length} total.\n`;
    case 'xml':
      return `<result row_count="${rows.length}"/>\n`;
    case 'json':
      return registrationsJson(rows, events.identity.hostname);
    default:
      return `-ERR Cannot find format ${format}\n`;
  }
};
