import { digestAuthorization, firstDigestChallenge } from '../digest-client';
import type { AuthChallenge } from '../../../src/auth/digest';
import { rawRequest, type RawAnswer, type RawRequest } from './raw-http';

export type LoginName = 'none' | 'team' | 'friends' | 'public' | 'wrong';

export interface Login {
  name: LoginName;
  credentials?: { user: string; password: string };
  /** Where its requests come from: each login its own loopback address, so the failures of one never block another. */
  address: string;
}

export const LOGINS: readonly Login[] = [
  { name: 'none', address: '127.0.0.20' },
  { name: 'team', credentials: { user: 'defaultuser', password: 'napw' }, address: '127.0.0.21' },
  { name: 'friends', credentials: { user: 'frienduser', password: 'pw21000' }, address: '127.0.0.22' },
  { name: 'public', credentials: { user: 'publicuser', password: 'pw22000' }, address: '127.0.0.23' },
  { name: 'wrong', credentials: { user: 'teamuser2', password: 'not-its-password' }, address: '127.0.0.24' },
];

/** The names that log in with their right passwords only; nothing the fuzzer makes up may use them. */
export const GUARDED_NAMES: ReadonlySet<string> = new Set(
  LOGINS.filter(({ name }) => name !== 'wrong').flatMap(({ credentials }) => credentials?.user ?? []),
);

/** Requests that may count as failed logins (made-up credentials) come from these addresses, in turn. */
export function strangerAddress(turn: number): string {
  return `127.0.1.${(turn % 200) + 1}`;
}

/**
 * Sends requests as a login: Digest with one nonce and a rising nonce count, the way a client that keeps
 * its challenge does; a stale or replayed nonce gets a fresh challenge and one more try.
 */
export class LoginSession {
  private challenge: AuthChallenge | 'blocked' | undefined;
  private nc = 0;

  constructor(
    private readonly url: string,
    readonly login: Login,
  ) {}

  async send(request: Omit<RawRequest, 'localAddress'>, address = this.login.address): Promise<RawAnswer> {
    const credentials = this.login.credentials;
    for (let attempt = 0; ; attempt += 1) {
      this.challenge ??= credentials && (await this.fetchChallenge(address));
      // Without credentials, or from an address refused before any challenge, the request goes unsigned.
      if (credentials === undefined || this.challenge === undefined || this.challenge === 'blocked')
        return rawRequest(this.url, { ...request, localAddress: address });
      this.nc += 1;
      const authorization = digestAuthorization({
        ...credentials,
        challenge: this.challenge,
        method: request.method,
        uri: request.target,
        nc: this.nc,
      });
      const headers: [string, string][] = [['Authorization', authorization], ...request.headers];
      const answer = await rawRequest(this.url, { ...request, headers, localAddress: address });
      const stale = firstDigestChallenge(answer.headers['www-authenticate'] ?? null)?.params.get('stale');
      if (answer.status !== 401 || stale?.toLowerCase() !== 'true' || attempt > 0) return answer;
      this.challenge = undefined;
    }
  }

  /** A challenge; `blocked` when the address is refused for its failed logins, undefined when none came. */
  private async fetchChallenge(address: string): Promise<AuthChallenge | 'blocked' | undefined> {
    const answer = await rawRequest(this.url, {
      method: 'GET',
      target: '/userinfo',
      headers: [],
      localAddress: address,
    });
    this.nc = 0;
    if (answer.status === 429) return 'blocked';
    return firstDigestChallenge(answer.headers['www-authenticate'] ?? null);
  }
}
