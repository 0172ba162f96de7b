/**
 * switch_separate_string with a blank delimiter: words split on spaces outside single quotes, at most
 * `max` of them (the last keeps the rest of the line), each cleaned of quotes and escapes.
 */
export function separateString(text: string, max: number): string[] {
  const words: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length && words.length < max) {
    while (text[i] === ' ') i++;
    const start = i;
    while (i < text.length && (text[i] !== ' ' || quoted)) {
      if (text[i] === '\\') i++;
      else if (text[i] === "'") quoted = !quoted;
      i++;
    }
    const end = words.length === max - 1 ? text.length : i;
    words.push(cleanup(text.slice(start, end)));
    while (text[i] === ' ') i++;
  }
  return words;
}

const UNESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', s: ' ' };

/** cleanup_separated_string: leading spaces, quotes and backslash escapes removed, trailing spaces trimmed. */
function cleanup(word: string): string {
  let out = '';
  let end = 0;
  let quoted = false;
  const chars = word.replace(/^ +/, '');
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const next = chars[i + 1];
    if (
      c === '\\' &&
      next !== undefined &&
      (next === "'" || next === '"' || next === '\\' || next in UNESCAPES)
    ) {
      out += UNESCAPES[next] ?? next;
      end = out.length;
      i++;
    } else if (c === "'" && (quoted || chars.indexOf("'", i + 1) >= 0)) {
      quoted = !quoted;
      if (quoted) end = out.length;
    } else {
      out += c;
      if (c !== ' ' || quoted) end = out.length;
    }
  }
  return out.slice(0, end);
}
