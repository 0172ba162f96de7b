/** What FreeSWITCH writes raw after a `<!` and reads back as something else. */
const CHANGED_WHEN_RAW = /["&\t\n\r]/;

/**
 * FreeSWITCH's XML writer (switch_xml_ampencode, behind `xml_locate`, `user_data` and its own user
 * lookups) stops escaping a value at its first `<!` and writes the rest as it is. A `"` there ends
 * the value and breaks the whole answer, a `&` is read back as the start of a reference, tabs and
 * line breaks as spaces. Returns the first such character after a `<!`, or undefined when the value
 * comes back as it was.
 */
export function changedAfterBang(value: string): string | undefined {
  const bang = value.indexOf('<!');
  return bang === -1 ? undefined : CHANGED_WHEN_RAW.exec(value.slice(bang + 2))?.[0];
}
