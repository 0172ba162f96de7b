import { toXml } from '../config/toxml';
import { XmlElement } from '../config/xml-element';
import { ApiHandler } from './command-context';
import { separateString } from './separate-string';

/** The conference sub-commands that need no conference, as mod_conference lists them (name, syntax). */
const GLOBAL_SUBCOMMANDS: ReadonlyArray<readonly [string, string]> = [
  ['count', ''],
  ['list', '[delim <string>]|[count]'],
  ['xml_list', ''],
  ['json_list', '[compact]'],
];

/**
 * `conference` of mod_conference while no conference is running: the listings are empty and any
 * named conference is not found.
 */
export const conferenceCommand: ApiHandler = (arg) => {
  const argv = separateString(arg, 25);
  if (argv.length === 0) {
    return GLOBAL_SUBCOMMANDS.map(([name, syntax]) => `<conf name> ${name} ${syntax}\n`).join('');
  }
  switch (argv[0].toLowerCase()) {
    case 'list':
      return '+OK No active conferences.\n';
    case 'count':
      return '0';
    case 'xml_list':
      return toXml(new XmlElement('conferences'), true);
    case 'json_list':
      return '[]';
    case 'help':
    case 'commands':
      return `${GLOBAL_SUBCOMMANDS.map(([name, syntax]) => `\t\t${name}${syntax ? ` ${syntax}` : ''}`).join('\n')}\n`;
    default:
      return `-ERR Conference ${argv[0]} not found\n`;
  }
};
