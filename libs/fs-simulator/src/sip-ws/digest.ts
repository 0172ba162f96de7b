import { createHash, randomBytes } from 'node:crypto';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** The fields of a `Digest` Authorization header. */
export function parseDigest(header: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of header.replace(/^Digest\s+/i, '').matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g))
    fields[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? '';
  return fields;
}

export interface DigestAnswer {
  user: string;
  password: string;
  method: string;
  uri: string;
  cnonce: string;
}

/** The Authorization header value a client sends in answer to a Digest challenge (MD5, qop auth, nc 1). */
export function answerDigest(challenge: string, answer: DigestAnswer): string {
  const { realm = '', nonce = '' } = parseDigest(challenge);
  const nc = '00000001';
  const ha1 = md5(`${answer.user}:${realm}:${answer.password}`);
  const ha2 = md5(`${answer.method}:${answer.uri}`);
  const response = md5(`${ha1}:${nonce}:${nc}:${answer.cnonce}:auth:${ha2}`);
  return (
    `Digest username="${answer.user}", realm="${realm}", nonce="${nonce}", uri="${answer.uri}", ` +
    `response="${response}", algorithm=MD5, cnonce="${answer.cnonce}", qop=auth, nc=${nc}`
  );
}

/** RFC 2617 Digest (MD5, qop auth or none) with nonces this side handed out. */
export class DigestRealm {
  private readonly nonces = new Set<string>();

  challenge(realm: string): string {
    const nonce = randomBytes(16).toString('hex');
    this.nonces.add(nonce);
    return `WWW-Authenticate: Digest realm="${realm}", nonce="${nonce}", algorithm=MD5, qop="auth"`;
  }

  /** The user name when the Authorization header answers one of our challenges with this password. */
  verify(method: string, authorization: string, passwordOf: (user: string) => string | undefined) {
    const fields = parseDigest(authorization);
    const { username = '', realm = '', nonce = '', uri = '', response = '' } = fields;
    const password = passwordOf(username);
    if (password === undefined || !this.nonces.has(nonce)) return undefined;
    const ha1 = md5(`${username}:${realm}:${password}`);
    const ha2 = md5(`${method}:${uri}`);
    const expected = fields.qop
      ? md5(`${ha1}:${nonce}:${fields.nc ?? ''}:${fields.cnonce ?? ''}:${fields.qop}:${ha2}`)
      : md5(`${ha1}:${nonce}:${ha2}`);
    return expected === response ? username : undefined;
  }
}
