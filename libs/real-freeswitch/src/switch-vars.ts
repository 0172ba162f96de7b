/**
 * Sets global variables in the text of a vars.xml: the `X-PRE-PROCESS cmd="set"` line of each given
 * name gets the new value, names without a line get one before `</include>`, and `first` names are set
 * on a line of their own right after `<include>`, before anything can expand them.
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
    return line.replace(/data="[^"]*"/, `data="${name}=${escapeAttribute(values[name]!)}"`);
  });
  const appended = [...missing].map((name) => setLine(name, values[name]!)).join('');
  if (appended) text = text.replace(/<\/include>\s*$/, `${appended}</include>\n`);
  const prepended = Object.entries(first)
    .map(([name, value]) => setLine(name, value))
    .join('');
  return prepended ? text.replace('<include>\n', `<include>\n${prepended}`) : text;
}

const SET_LINE = /^[ \t]*<X-PRE-PROCESS cmd="set" data="([^"=]+)=[^"]*"\/>[ \t]*$/gm;

function setLine(name: string, value: string): string {
  return `  <X-PRE-PROCESS cmd="set" data="${name}=${escapeAttribute(value)}"/>\n`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
