import { HeaderCursor } from './header-cursor';

/** Parameters of one challenge or credentials, keyed by lower-case name (a Map, so no name can reach a prototype). */
export type AuthParams = ReadonlyMap<string, string>;

export interface AuthChallenge {
  scheme: string;
  params: AuthParams;
}

const TOKEN68 = /[A-Za-z0-9\-._~+/]+=*(?=[ \t]*(,|$))/y;

/**
 * The scheme and parameters of an `Authorization` value such as `Digest username="a", nc=00000001`.
 * Undefined for anything malformed: a bad quoted string, a repeated parameter, trailing garbage.
 */
export function parseCredentialsHeader(header: string): AuthChallenge | undefined {
  const cursor = new HeaderCursor(header);
  cursor.skipWhitespace();
  const scheme = cursor.readToken();
  if (scheme === undefined || cursor.skipWhitespace() === 0) return undefined;
  const params = readParams(cursor);
  return params && cursor.atEnd() ? { scheme, params } : undefined;
}

/**
 * Every challenge of a `WWW-Authenticate` value, in order. Several header lines arrive joined by commas
 * (as `fetch` joins them), so a new challenge starts wherever a token is not followed by `=`.
 */
export function parseChallenges(header: string): AuthChallenge[] | undefined {
  const cursor = new HeaderCursor(header);
  const challenges: AuthChallenge[] = [];
  cursor.skipListSeparators();
  while (!cursor.atEnd()) {
    const scheme = cursor.readToken();
    if (scheme === undefined) return undefined;
    let params: AuthParams = new Map();
    if (cursor.skipWhitespace() > 0 && !cursor.atEnd() && cursor.peek() !== ',' && !skipToken68(cursor)) {
      const read = readParams(cursor);
      if (read === undefined) return undefined;
      params = read;
    }
    challenges.push({ scheme, params });
    cursor.skipListSeparators();
  }
  return challenges;
}

/** Reads `name=value` list elements; stops before an element that is not a parameter. */
function readParams(cursor: HeaderCursor): Map<string, string> | undefined {
  const params = new Map<string, string>();
  for (;;) {
    cursor.skipListSeparators();
    if (cursor.atEnd()) return params;
    const elementStart = cursor.pos;
    const name = cursor.readToken();
    if (name === undefined) return undefined;
    cursor.skipWhitespace();
    if (cursor.peek() !== '=') {
      cursor.pos = elementStart;
      return params;
    }
    cursor.pos += 1;
    cursor.skipWhitespace();
    const value = cursor.readValue();
    const key = name.toLowerCase();
    if (value === undefined || params.has(key)) return undefined;
    params.set(key, value);
    cursor.skipWhitespace();
    if (!cursor.atEnd() && cursor.peek() !== ',') return undefined;
  }
}

function skipToken68(cursor: HeaderCursor): boolean {
  TOKEN68.lastIndex = cursor.pos;
  const found = TOKEN68.exec(cursor.text);
  if (!found) return false;
  cursor.pos += found[0].length;
  return true;
}
