/**
 * `$${name}` expansion of one preprocessor line (expand_vars in switch_xml.c). Unknown names expand to
 * nothing; an unterminated reference stays as written. `view` is what the C code still sees of the raw
 * line afterwards: expansion cuts it at the first reference's closing brace, and the `<include>` and
 * comment checks look at that.
 */
export interface ExpandedLine {
  text: string;
  view: string;
}

export function expandVars(line: string, lookup: (name: string) => string | undefined): ExpandedLine {
  let text = '';
  let cut = -1;
  let copied = 0;
  for (let i = line.indexOf('$${'); i >= 0; i = line.indexOf('$${', i)) {
    const close = findEndParen(line, i + 2);
    if (close < 0) {
      i++;
      continue;
    }
    text += line.slice(copied, i) + (lookup(line.slice(i + 3, close)) ?? '');
    if (cut < 0) cut = close;
    copied = i = close + 1;
  }
  text += line.slice(copied);
  return { text, view: cut >= 0 ? line.slice(0, cut) : line };
}

/** switch_find_end_paren for `{`/`}` starting at the opening brace; -1 when unbalanced. */
function findEndParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
