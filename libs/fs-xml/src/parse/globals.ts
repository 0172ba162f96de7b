import type { Globals } from '@fscon/contracts';

/**
 * The `global_getvar` answer: one `name=value` line per global variable. The value is everything
 * after the first `=` (it may contain `=` itself); lines without a name are ignored.
 */
export function parseGlobals(text: string): Globals {
  const entries: [string, string][] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const eq = line.indexOf('=');
    if (eq > 0) entries.push([line.slice(0, eq), line.slice(eq + 1)]);
  }
  return Object.fromEntries(entries);
}
