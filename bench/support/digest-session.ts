import { createHash, randomBytes } from 'node:crypto';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

function challengeField(header: string, name: string): string | undefined {
  return new RegExp(`${name}="?([^",]+)"?`).exec(header)?.[1];
}

/**
 * A Digest client that answers one challenge and then reuses the nonce with a growing nonce count,
 * as browsers and phones do, so every further request is a single round trip.
 */
export class DigestSession {
  private challenge: { realm: string; nonce: string; opaque?: string } | undefined;
  private nc = 0;

  constructor(
    private readonly base: string,
    private readonly user: string,
    private readonly password: string,
  ) {}

  get(path: string): Promise<{ status: number; body: string }> {
    return this.request('GET', path);
  }

  post(path: string, json: unknown): Promise<{ status: number; body: string }> {
    return this.request('POST', path, JSON.stringify(json));
  }

  private async request(
    method: string,
    path: string,
    body?: string,
  ): Promise<{ status: number; body: string }> {
    if (!this.challenge) await this.fetchChallenge(method, path);
    const headers: Record<string, string> = { authorization: this.authorization(method, path) };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.base}${path}`, { method, headers, body });
    return { status: response.status, body: await response.text() };
  }

  private async fetchChallenge(method: string, path: string): Promise<void> {
    const response = await fetch(`${this.base}${path}`, { method });
    await response.arrayBuffer();
    const header = response.headers.get('www-authenticate') ?? '';
    const realm = challengeField(header, 'realm');
    const nonce = challengeField(header, 'nonce');
    if (!realm || !nonce) throw new Error(`no Digest challenge from ${path}: ${response.status}`);
    this.challenge = { realm, nonce, opaque: challengeField(header, 'opaque') };
  }

  private authorization(method: string, uri: string): string {
    const { realm, nonce, opaque } = this.challenge!;
    const nc = (++this.nc).toString(16).padStart(8, '0');
    const cnonce = randomBytes(8).toString('hex');
    const ha1 = md5(`${this.user}:${realm}:${this.password}`);
    const ha2 = md5(`${method}:${uri}`);
    const response = md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`);
    const fields = [
      `username="${this.user}"`,
      `realm="${realm}"`,
      `nonce="${nonce}"`,
      `uri="${uri}"`,
      'algorithm=MD5',
      'qop=auth',
      `nc=${nc}`,
      `cnonce="${cnonce}"`,
      `response="${response}"`,
      ...(opaque ? [`opaque="${opaque}"`] : []),
    ];
    return `Digest ${fields.join(', ')}`;
  }
}
