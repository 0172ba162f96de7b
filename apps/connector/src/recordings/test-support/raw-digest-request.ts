import { request } from 'node:http';
import { digestAuthorization, firstDigestChallenge } from '../../../test/support/digest-client';

export interface RawResponse {
  status: number;
  body: string;
}

function send(base: string, path: string, method: string, authorization?: string) {
  const { hostname, port } = new URL(base);
  return new Promise<RawResponse & { challenge: string | undefined }>((resolve, reject) => {
    const outgoing = request({
      hostname,
      port,
      path,
      method,
      headers: authorization ? { authorization } : {},
    });
    outgoing.on('error', reject);
    outgoing.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const challenge = incoming.headers['www-authenticate'];
        resolve({
          status: incoming.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          challenge: Array.isArray(challenge) ? challenge.join(', ') : challenge,
        });
      });
    });
    outgoing.end();
  });
}

/**
 * A Digest-authenticated request whose path goes on the wire exactly as given: `fetch` would normalise
 * `%2e%2e` segments and backslashes away before a server could see them.
 */
export async function rawDigestRequest(
  base: string,
  path: string,
  who: { user: string; password: string },
  method = 'GET',
): Promise<RawResponse> {
  const first = await send(base, path, method);
  const challenge = firstDigestChallenge(first.challenge ?? null);
  if (first.status !== 401 || challenge === undefined) return first;
  const { status, body } = await send(
    base,
    path,
    method,
    digestAuthorization({ ...who, method, challenge, uri: path }),
  );
  return { status, body };
}
