import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import WebSocket from 'ws';

/** An HTTP request from a chosen loopback address; resolves with status, headers (arrays) and body. */
export function send(url, { address, method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers, localAddress: address }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          headers: response.headersDistinct,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function digestChallenge(headers) {
  const challenges = headers['www-authenticate'] ?? [];
  const pick = challenges.find((c) => /algorithm="?MD5"?\b/i.test(c)) ?? challenges[0];
  if (pick === undefined) return undefined;
  const params = Object.fromEntries([...pick.matchAll(/(\w+)="?([^",]*)"?/g)].map((m) => [m[1], m[2]]));
  return { ...params, algorithm: params.algorithm ?? 'MD5' };
}

/** GET `path` as a Digest client (RFC 7616, qop=auth) from `address`. */
export async function digestGet(base, path, user, password, address) {
  const first = await send(`${base}${path}`, { address });
  const challenge = first.status === 401 ? digestChallenge(first.headers) : undefined;
  if (challenge === undefined) return first;
  const algorithm = challenge.algorithm.toUpperCase() === 'SHA-256' ? 'sha256' : 'md5';
  const hash = (text) => createHash(algorithm).update(text).digest('hex');
  const cnonce = randomBytes(8).toString('hex');
  const nc = '00000001';
  const ha1 = hash(`${user}:${challenge.realm}:${password}`);
  const response = hash(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:auth:${hash(`GET:${path}`)}`);
  const authorization =
    `Digest username="${user}", realm="${challenge.realm}", nonce="${challenge.nonce}", uri="${path}", ` +
    `algorithm=${challenge.algorithm}, response="${response}", qop=auth, nc=${nc}, cnonce="${cnonce}", ` +
    `opaque="${challenge.opaque}"`;
  return send(`${base}${path}`, { address, headers: { authorization } });
}

const JSON_FROM_PAGE = { 'content-type': 'application/json', 'x-requested-with': 'fscon-metrics-tour' };

/** POST /session from `address`; the cookie when it was accepted. */
export async function sessionLogin(base, name, password, address) {
  const body = JSON.stringify({ name, password });
  const answer = await send(`${base}/session`, { address, method: 'POST', headers: JSON_FROM_PAGE, body });
  const cookie = (answer.headers['set-cookie'] ?? [])[0]?.split(';')[0];
  return { status: answer.status, cookie };
}

/** A JSON request with a session cookie, as the web client makes it. */
export async function asSession(base, cookie, path, body) {
  const method = body === undefined ? 'GET' : 'POST';
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const answer = await send(`${base}${path}`, { method, headers: { ...JSON_FROM_PAGE, cookie }, body: text });
  return { status: answer.status, json: answer.body.startsWith('{') ? JSON.parse(answer.body) : answer.body };
}

/** Opens /api/live; resolves with the socket and its received messages, or the refusal's status. */
export function openLive(base, query, address, options = {}) {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/api/live?${query}`, {
    localAddress: address,
    ...options,
  });
  const received = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data))));
  return new Promise((resolve) => {
    socket.once('open', () => resolve({ status: 101, socket, received }));
    socket.once('unexpected-response', (_request, response) => {
      response.resume();
      socket.terminate();
      resolve({ status: response.statusCode });
    });
    socket.once('error', () => resolve({ status: 0 }));
  });
}

/** Waits until `check()` is true, at most `ms`. */
export async function until(check, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

/** The `fscon_` samples of a scrape by `name{labels}`. */
export async function scrape(metricsUrl, token) {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  const answer = await send(metricsUrl, { headers });
  if (answer.status !== 200) throw new Error(`${metricsUrl} answered ${answer.status}`);
  const samples = new Map();
  for (const line of answer.body.split('\n')) {
    const match = /^(fscon_[^ ]+) (\S+)$/.exec(line);
    if (match) samples.set(match[1], Number(match[2]));
  }
  return samples;
}
