import { ApiHandler } from './command-context';
import { separateString } from './separate-string';

const SHOW_SYNTAX =
  'codec|endpoint|application|api|dialplan|file|timer|calls [count]|channels [count|like <match string>]|' +
  'calls|detailed_calls|bridged_calls|detailed_bridged_calls|aliases|complete|chat|management|modules|' +
  'nat_map|say|interfaces|interface_types|tasks|limits|status';

/** `show registrations [as json|xml|delim]` of mod_commands, while nothing is registered. */
export const showCommand: ApiHandler = (arg) => {
  const argv = separateString(arg, 6);
  if (argv[0]?.toLowerCase() !== 'registrations') return `-USAGE: ${SHOW_SYNTAX}\n`;
  const format = argv[2] !== undefined && argv[1].toLowerCase() === 'as' ? argv[2] : 'delim';
  switch (format.toLowerCase()) {
    case 'delim':
    case 'csv':
      return '\n0 total.\n';
    case 'xml':
      return '<result row_count="0"/>\n';
    case 'json':
      return '{"row_count": 0}\n';
    default:
      return `-ERR Cannot find format ${format}\n`;
  }
};
