const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]+/y;
const WHITESPACE = /[ \t]*/y;
const LIST_SEPARATORS = /[ \t,]*/y;

/**
 * Reads the pieces of an HTTP authentication header (RFC 9110 §11): tokens,
 * quoted strings with backslash escapes, whitespace and list commas.
 * Every reader advances the position only when it succeeds.
 */
export class HeaderCursor {
  pos = 0;

  constructor(readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  skipWhitespace(): number {
    const start = this.pos;
    this.match(WHITESPACE);
    return this.pos - start;
  }

  skipListSeparators(): void {
    this.match(LIST_SEPARATORS);
  }

  readToken(): string | undefined {
    return this.match(TOKEN);
  }

  /** A quoted-string with its quotes removed and its escapes resolved. */
  readQuotedString(): string | undefined {
    if (this.peek() !== '"') return undefined;
    let value = '';
    for (let i = this.pos + 1; i < this.text.length; i += 1) {
      const char = this.text[i]!;
      if (char === '"') {
        this.pos = i + 1;
        return value;
      }
      if (char === '\\') {
        i += 1;
        if (i >= this.text.length || !isQuotable(this.text[i]!)) return undefined;
        value += this.text[i];
      } else if (isQuotable(char)) {
        value += char;
      } else {
        return undefined;
      }
    }
    return undefined;
  }

  /** A parameter value: a token or a quoted-string. */
  readValue(): string | undefined {
    return this.peek() === '"' ? this.readQuotedString() : this.readToken();
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (!found || found[0].length === 0) return undefined;
    this.pos += found[0].length;
    return found[0];
  }
}

/** HTAB, SP, visible ASCII and anything beyond ASCII (obs-text); no other control characters. */
function isQuotable(char: string): boolean {
  const code = char.charCodeAt(0);
  return code === 0x09 || (code >= 0x20 && code !== 0x7f);
}
