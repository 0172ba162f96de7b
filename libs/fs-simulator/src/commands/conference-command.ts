import { toXml } from '../config/toxml';
import { XmlElement } from '../config/xml-element';
import { printCJson } from '../live/cjson';
import { conferenceJson, listConference } from '../live/conference-listing';
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
 * `conference` of mod_conference: the listings over every running conference (newest first), or
 * `<name> <sub-command> ...` on one of them.
 */
export const conferenceCommand: ApiHandler = (arg, { live }) => {
  const argv = separateString(arg, 25);
  const conferences = live.conferences.all();
  if (argv.length === 0) {
    return GLOBAL_SUBCOMMANDS.map(([name, syntax]) => `<conf name> ${name} ${syntax}\n`).join('');
  }
  switch (argv[0].toLowerCase()) {
    case 'list':
      return conferences.length === 0
        ? '+OK No active conferences.\n'
        : conferences.map(listConference).join('');
    case 'count':
      return String(conferences.length);
    case 'xml_list':
      return toXml(new XmlElement('conferences'), true);
    case 'json_list': {
      const now = live.context.now();
      return printCJson(conferences.map((conference) => conferenceJson(conference, now)));
    }
    case 'help':
    case 'commands':
      return `${GLOBAL_SUBCOMMANDS.map(([name, syntax]) => `\t\t${name}${syntax ? ` ${syntax}` : ''}`).join('\n')}\n`;
  }
  const conference = live.conferences.get(argv[0]);
  if (!conference) return `-ERR Conference ${argv[0]} not found\n`;
  return (
    live.subcommands.run(conference, argv.slice(1)) ?? `Conference command '${argv[1] ?? ''}' not found.\n`
  );
};
