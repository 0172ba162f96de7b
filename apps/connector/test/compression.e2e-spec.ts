import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { COMPRESSION_THRESHOLD_BYTES } from '../src/http/compress-responses';
import { decoded, rawHttp } from '../src/http/test-support/raw-http';
import { ensureWebClientBuilt, REPO_ROOT } from './support/fresh-build';
import { sessionCookie } from './support/session-cookie';
import { startSystem, type TestSystem } from './support/system';

const ASSETS = join(REPO_ROOT, 'dist', 'web', 'assets');

/** The built client's scripts, largest first. */
function scripts(): string[] {
  const names = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
  return names.sort((a, b) => readFileSync(join(ASSETS, b)).length - readFileSync(join(ASSETS, a)).length);
}

describe('compression over HTTP', () => {
  let system: TestSystem;
  let cookie: string;

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem();
    cookie = await sessionCookie(system);
  });
  afterAll(() => system.stop());

  /** GET /api/info/state in this coding, checked to come so. */
  async function compressedState(coding: string) {
    const response = await rawHttp(`${system.url}/api/info/state`, {
      Cookie: cookie,
      'Accept-Encoding': coding,
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(coding);
    expect(response.headers.vary).toMatch(/Accept-Encoding/);
    return response;
  }

  it('sends the built scripts as the build compressed them, by Accept-Encoding', async () => {
    const sizes: string[] = [];
    for (const name of scripts()) {
      const original = readFileSync(join(ASSETS, name));
      for (const [accept, coding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0.1, gzip;q=0.9', 'gzip'],
        ['identity', undefined],
      ] as const) {
        const response = await rawHttp(`${system.url}/assets/${name}`, { 'Accept-Encoding': accept });
        expect(response.status).toBe(200);
        expect(response.headers['content-encoding']).toBe(coding);
        expect(response.headers.vary).toBe('Accept-Encoding');
        expect(response.headers['content-type']).toMatch(/^text\/javascript/);
        expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(response.headers['content-length']).toBe(String(response.bytes.length));
        expect(decoded(response).equals(original)).toBe(true);
        if (coding) {
          const stored = readFileSync(join(ASSETS, `${name}.${coding === 'br' ? 'br' : 'gz'}`));
          expect(response.bytes.equals(stored)).toBe(true);
        }
        if (accept !== 'br;q=0.1, gzip;q=0.9')
          sizes.push(`${name} ${coding ?? 'identity'}: ${response.bytes.length}`);
      }
    }
    process.stdout.write(`${sizes.join('\n')}\n`);
  });

  it('answers HEAD and revalidation of a compressed script without a body', async () => {
    const [name] = scripts();
    const get = await rawHttp(`${system.url}/assets/${name}`, { 'Accept-Encoding': 'br' });
    const head = await rawHttp(`${system.url}/assets/${name}`, { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.headers['content-length']).toBe(String(get.bytes.length));
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.bytes.length).toBe(0);
    const revalidated = await rawHttp(`${system.url}/assets/${name}`, {
      'Accept-Encoding': 'br',
      'If-None-Match': get.headers.etag!,
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.bytes.length).toBe(0);
  });

  it.each(['br', 'gzip'])('compresses JSON answers above the threshold with %s', async (coding) => {
    const plain = await rawHttp(`${system.url}/api/info/state`, { Cookie: cookie });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    const response = await compressedState(coding);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(decoded(response).toString())).toEqual(JSON.parse(plain.bytes.toString()));
    expect(response.bytes.length).toBeLessThan(plain.bytes.length);
  });

  it.each(['br', 'gzip'])(
    'sends a JSON answer asked again as before, and a changed one anew (%s)',
    async (coding) => {
      const state = async () => {
        const response = await compressedState(coding);
        expect(response.headers['content-length']).toBe(String(response.bytes.length));
        return { response, text: decoded(response).toString() };
      };
      const first = await state();
      const again = await state();
      expect(again.response.bytes.equals(first.response.bytes)).toBe(true);
      expect(again.response.headers.etag).toBe(first.response.headers.etag);
      const name = `compressed-${coding}`;
      const added = await fetch(`${system.url}/api/users/add`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json', 'X-Requested-With': 'fetch' },
        body: JSON.stringify([{ name, email: `${name}@example.org`, context: 'friends' }]),
      });
      expect(added.status).toBe(200);
      const changed = await state();
      expect(first.text).not.toContain(name);
      expect(changed.text).toContain(name);
      expect(changed.response.headers.etag).not.toBe(first.response.headers.etag);
    },
  );

  it('leaves small answers and errors as they are', async () => {
    const session = await rawHttp(`${system.url}/session`, { Cookie: cookie, 'Accept-Encoding': 'br, gzip' });
    expect(session.status).toBe(200);
    expect(session.bytes.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(session.headers['content-encoding']).toBeUndefined();
    const refused = await rawHttp(`${system.url}/api/users`, { 'Accept-Encoding': 'br, gzip' });
    expect(refused.status).toBe(401);
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(refused.bytes.toString())).toEqual({
      error: 'authentication required',
      code: 'AUTH.UNAUTHENTICATED',
    });
  });

  it('compresses the API documents', async () => {
    const response = await rawHttp(`${system.url}/docs/openapi.json`, { 'Accept-Encoding': 'br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decoded(response).toString())).toMatchObject({ openapi: '3.1.0' });
  });

  it('keeps the live WebSocket uncompressed and working', async () => {
    const live = await fetch(`${system.url}/session/live-token`, { headers: { Cookie: cookie } });
    const { token } = (await live.json()) as { token: string };
    const socket = new WebSocket(`${system.url.replace('http', 'ws')}/api/live?token=${token}`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
      perMessageDeflate: false,
    });
    try {
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const reply = new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));
      socket.send(JSON.stringify({ req: 'initreg' }));
      expect(JSON.parse(await reply)).toMatchObject({ event: 'reply', reply: 'initreg' });
    } finally {
      socket.close();
    }
  });
});
