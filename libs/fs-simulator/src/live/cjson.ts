/** A JSON value whose object keys keep their insertion order (as cJSON keeps them). */
export type CJsonValue = string | number | boolean | null | CJsonValue[] | { [key: string]: CJsonValue };

/**
 * cJSON_Print (formatted): objects open a line per member indented with tabs and `"key":\tvalue`,
 * arrays stay on one line with `, ` between items, empty objects close on their own line.
 */
export function printCJson(value: CJsonValue, depth = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => printCJson(item, depth + 1)).join(', ')}]`;
  const indent = '\t'.repeat(depth + 1);
  const members = Object.entries(value).map(
    ([key, member]) => `${indent}${JSON.stringify(key)}:\t${printCJson(member, depth + 1)}`,
  );
  return `{\n${members.join(',\n')}${members.length ? '\n' : ''}${'\t'.repeat(depth)}}`;
}
