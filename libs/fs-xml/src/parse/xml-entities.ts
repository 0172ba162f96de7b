const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** XML 1.0 `Char`: what a character reference may stand for. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * What a character reference FreeSWITCH writes may stand for: every XML `Char` and the
 * noncharacters U+FFFE and U+FFFF, which it writes as references like any other non-ASCII
 * character it holds. NUL, surrogates and code points past U+10FFFF are no Unicode text and stay
 * errors.
 */
function isReferable(code: number): boolean {
  return isXmlChar(code) || code === 0xfffe || code === 0xffff;
}

function resolveReference(token: string): string | undefined {
  const named = PREDEFINED.get(token);
  if (named !== undefined) return named;
  const hex = /^#x([0-9a-fA-F]+)$/.exec(token);
  const decimal = /^#([0-9]+)$/.exec(token);
  const code = hex ? parseInt(hex[1], 16) : decimal ? parseInt(decimal[1], 10) : NaN;
  return isReferable(code) ? String.fromCodePoint(code) : undefined;
}

/**
 * Replaces the predefined entities and character references (`&#233;`, `&#xE9;`) of an attribute
 * value. FreeSWITCH writes every non-ASCII character of its XML as a hexadecimal reference.
 * Throws a plain Error naming the bad reference; the reader adds the position.
 */
export function decodeEntities(raw: string): string {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
    const semicolon = raw.indexOf(';', amp);
    const token = semicolon === -1 ? '' : raw.slice(amp + 1, semicolon);
    const replacement = resolveReference(token);
    if (replacement === undefined) {
      const shown = semicolon === -1 ? raw.slice(amp, amp + 12) : `&${token};`;
      throw new Error(`invalid entity or character reference "${shown}"`);
    }
    out += raw.slice(from, amp) + replacement;
    from = semicolon + 1;
  }
  return out + raw.slice(from);
}
