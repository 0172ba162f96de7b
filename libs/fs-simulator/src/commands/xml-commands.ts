import { fromBinary, toBinary } from '../config/binary';
import { toXml } from '../config/toxml';
import { ORIGINS } from '../events/origins';
import { ApiHandler } from './command-context';
import { separateString } from './separate-string';

/** `xml_locate` and `reloadxml` of mod_commands. */
export const xmlCommands: Record<string, ApiHandler> = {
  xml_locate: (arg, context) => {
    const argv = separateString(arg, 4).map(toBinary);
    if (argv.length === 1 && argv[0].toLowerCase() === 'root') {
      context.fire(context.events.create('RELOADXML', ORIGINS.reloadXml));
      return fromBinary(toXml(context.xml.root));
    }
    if (argv.length !== 1 && argv.length !== 4) return '-ERR bad args\n';
    context.events.create('REQUEST_PARAMS', ORIGINS.xmlLocateParams);
    const [section, tag, attr, value] = argv;
    const found = context.xml.locate(section, tag, attr, value);
    return found ? fromBinary(toXml(found)) : "can't find anything\n";
  },

  reloadxml: (_arg, context) => `+OK [${context.reloadXml()}]\n`,
};
