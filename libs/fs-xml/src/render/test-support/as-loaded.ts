/**
 * What FreeSWITCH's preprocessor does to a file it includes, as far as the files the connector writes
 * can meet it: lines with `<include>` or `</include>` go, lines mentioning X-PRE-PROCESS go,
 * `$${name}` is replaced by the global variable (unknown names by nothing).
 */
export function preprocessed(file: string, globals: Readonly<Record<string, string>>): string {
  return file
    .split('\n')
    .filter((line) => !/<\/?include>/.test(line) && !/x-pre-process/i.test(line))
    .map((line) => line.replace(/\$\$\{([^}]*)\}/g, (_ref, name: string) => globals[name] ?? ''))
    .join('\n');
}

/** User files nested the way `xml_locate directory` shows them: domain, groups per context, users. */
export function directorySection(
  files: readonly { context: string; xml: string }[],
  globals: Readonly<Record<string, string>>,
): string {
  const groups = [...new Set(files.map((file) => file.context))].map((context) => {
    const users = files
      .filter((file) => file.context === context)
      .map((file) => preprocessed(file.xml, globals))
      .join('');
    return `<group name="${context}"><users>${users}</users></group>`;
  });
  return `<section name="directory"><domain name="example.org"><groups>${groups.join('')}</groups></domain></section>`;
}

/** Conference extension files nested the way `xml_locate dialplan` shows them, in context team. */
export function dialplanSection(files: readonly string[], globals: Readonly<Record<string, string>>): string {
  const extensions = files.map((xml) => preprocessed(xml, globals)).join('');
  return `<section name="dialplan"><context name="team">${extensions}</context></section>`;
}
