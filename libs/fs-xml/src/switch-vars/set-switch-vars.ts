import { escapeFsXmlValue } from '../render/fs-xml-escape';

/**
 * Sets global variables in the text of a vars.xml: the `X-PRE-PROCESS cmd="set"` line of each given
 * name gets the new value, names without a line get one before `</include>`, and `first` names are set
 * on a line of their own right after `<include>`, before anything can expand them. Every other line
 * stays as it was.
 *
 * FreeSWITCH's pre-processor takes a `set` value as the raw text up to the next `"`, without decoding
 * it, and expands `$${name}` in it; the variable is then pasted wherever the configuration says
 * `$${name}` and parsed as XML there. So a value is written escaped as for an attribute: the variable
 * holds the escaped text, which the XML parser turns back into the value where it is used.
 */
export function setSwitchVars(
  varsXml: string,
  values: Readonly<Record<string, string>>,
  first: Readonly<Record<string, string>> = {},
): string {
  const missing = new Set(Object.keys(values));
  let text = varsXml.replace(SET_LINE, (line, name: string) => {
    if (!(name in values)) return line;
    missing.delete(name);
    return line.replace(/data="[^"]*"/, () => `data="${name}=${escapeSetValue(values[name]!)}"`);
  });
  const appended = [...missing].map((name) => setLine(name, values[name]!)).join('');
  if (appended) text = text.replace(/<\/include>\s*$/, `${appended}</include>\n`);
  const prepended = Object.entries(first)
    .map(([name, value]) => setLine(name, value))
    .join('');
  return prepended ? text.replace('<include>\n', `<include>\n${prepended}`) : text;
}

/** A `set` line of vars.xml: its variable's name and the value as written. */
export const SET_LINE = /^[ \t]*<X-PRE-PROCESS cmd="set" data="([^"=]+)=([^"]*)"\/>[ \t]*$/gm;

function setLine(name: string, value: string): string {
  return `  <X-PRE-PROCESS cmd="set" data="${name}=${escapeSetValue(value)}"/>\n`;
}

/** The pre-processor also drops the spaces that begin a value. */
function escapeSetValue(value: string): string {
  return escapeFsXmlValue(value).replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length));
}
