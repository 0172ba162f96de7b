import { randomBytes } from 'node:crypto';
import {
  computeDigestResponse,
  parseChallenges,
  parseDigestAlgorithm,
  quote,
  type AuthChallenge,
  type DigestAlgorithm,
} from '../../src/auth/digest';

export interface DigestFetchOptions {
  user: string;
  password: string;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface DigestFetchResult {
  status: number;
  headers: Headers;
  /** The body decoded as UTF-8. */
  body: string;
  /** The body as it came. */
  bytes: Buffer;
}

export interface DigestAnswerInput {
  challenge: AuthChallenge;
  user: string;
  password: string;
  method: string;
  /** The request target: path and query. */
  uri: string;
  nc?: number;
  cnonce?: string;
}

/**
 * Fetches `url` the way a Digest client does: unauthenticated first, then, on 401, once more with credentials
 * answering the first Digest challenge whose algorithm it knows, and once again if the server calls the nonce stale.
 */
export async function digestFetch(url: string, options: DigestFetchOptions): Promise<DigestFetchResult> {
  const method = options.method ?? 'GET';
  let response = await send(url, options);
  for (let attempt = 0; attempt < 2 && response.status === 401; attempt += 1) {
    const challenge = firstDigestChallenge(response.headers.get('www-authenticate'));
    if (challenge === undefined) break;
    if (attempt > 0 && challenge.params.get('stale')?.toLowerCase() !== 'true') break;
    const { pathname, search } = new URL(url);
    const authorization = digestAuthorization({ ...options, method, challenge, uri: pathname + search });
    response = await send(url, options, authorization);
  }
  return response;
}

/** The first Digest challenge with an algorithm this client supports, from a (possibly joined) header. */
export function firstDigestChallenge(header: string | null): AuthChallenge | undefined {
  return parseChallenges(header ?? '')?.find(
    (challenge) =>
      challenge.scheme.toLowerCase() === 'digest' && parseDigestAlgorithm(challenge.params.get('algorithm')),
  );
}

/** An `Authorization` value answering `challenge` with `qop=auth`; a non-ASCII user name goes as `username*`. */
export function digestAuthorization(input: DigestAnswerInput): string {
  const { params } = input.challenge;
  const algorithm: DigestAlgorithm = parseDigestAlgorithm(params.get('algorithm')) ?? 'MD5';
  const realm = params.get('realm') ?? '';
  const nonce = params.get('nonce') ?? '';
  const nc = (input.nc ?? 1).toString(16).padStart(8, '0');
  const cnonce = input.cnonce ?? randomBytes(12).toString('base64url');
  const response = computeDigestResponse({
    algorithm,
    username: input.user,
    realm,
    password: input.password,
    method: input.method,
    uri: input.uri,
    nonce,
    nc,
    cnonce,
  });
  const username = /^[\x20-\x7e]*$/.test(input.user)
    ? `username=${quote(input.user)}`
    : `username*=UTF-8''${encodeExtValue(input.user)}`;
  const opaque = params.get('opaque');
  return [
    `Digest ${username}`,
    `realm=${quote(realm)}`,
    `uri=${quote(input.uri)}`,
    `algorithm=${algorithm}`,
    `nonce=${quote(nonce)}`,
    `nc=${nc}`,
    `cnonce=${quote(cnonce)}`,
    'qop=auth',
    `response=${quote(response)}`,
    ...(opaque === undefined ? [] : [`opaque=${quote(opaque)}`]),
  ].join(', ');
}

async function send(
  url: string,
  options: DigestFetchOptions,
  authorization?: string,
): Promise<DigestFetchResult> {
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    body: options.body,
    headers: { ...options.headers, ...(authorization === undefined ? {} : { authorization }) },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body: new TextDecoder().decode(bytes), bytes };
}

/** RFC 8187 percent-encoding: `encodeURIComponent` plus the four characters it leaves that attr-char excludes. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
