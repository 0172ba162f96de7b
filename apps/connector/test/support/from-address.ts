import { request } from 'node:http';
import WebSocket from 'ws';
import { digestAuthorization, firstDigestChallenge } from './digest-client';

/** What a client on one loopback address got: the status, `Retry-After` ('' without one) and the body. */
export interface AnswerFrom {
  status: number;
  retryAfter: string;
  body: string;
}

interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A client of the test system on its own loopback address (127.0.0.0/8 is all on the loopback
 * interface), so that the connector counts its logins apart from every other client's.
 */
export function clientFrom(address: string, baseUrl: string) {
  const send = (path: string, init: RequestInit = {}) => requestFrom(address, `${baseUrl}${path}`, init);
  return {
    /** GET as a Digest client does: without credentials, then answering the challenge. */
    async digest(path: string, user: string, password: string): Promise<AnswerFrom> {
      const first = await send(path);
      const challenge = firstDigestChallenge(first.challenge ?? null);
      if (first.status !== 401 || challenge === undefined) return first;
      const authorization = digestAuthorization({ challenge, user, password, method: 'GET', uri: path });
      return send(path, { headers: { authorization } });
    },
    /** POST /session as the web client does. */
    session(name: string, password: string): Promise<AnswerFrom> {
      const headers = { 'content-type': 'application/json', 'x-requested-with': 'fscon-web' };
      return send('/session', { method: 'POST', headers, body: JSON.stringify({ name, password }) });
    },
    /** Opens /api/live with that query: 101 when the socket opened (it is closed again), else the refusal. */
    live(query: string): Promise<AnswerFrom> {
      const url = `${baseUrl.replace(/^http/, 'ws')}/api/live?${query}`;
      const socket = new WebSocket(url, { localAddress: address });
      return new Promise((resolve, reject) => {
        socket.once('open', () => {
          socket.close();
          resolve({ status: 101, retryAfter: '', body: '' });
        });
        socket.once('unexpected-response', (_request, response) => {
          response.resume();
          const retryAfter = String(response.headers['retry-after'] ?? '');
          resolve({ status: response.statusCode ?? 0, retryAfter, body: '' });
          socket.terminate();
        });
        socket.once('error', reject);
      });
    },
  };
}

function requestFrom(
  address: string,
  url: string,
  init: RequestInit,
): Promise<AnswerFrom & { challenge?: string }> {
  return new Promise((resolve, reject) => {
    const options = { method: init.method ?? 'GET', headers: init.headers, localAddress: address };
    const outgoing = request(url, options, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          retryAfter: String(response.headers['retry-after'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
          challenge: response.headers['www-authenticate'],
        }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}
