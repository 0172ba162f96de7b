import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AuthModule } from '../auth/auth.module';
import { InMemoryUserDirectory } from '../auth/test-support/in-memory-user-directory';
import { TEST_USERS } from '../auth/test-support/test-users';
import { ErrorFilter } from '../common/error.filter';
import { decoded, rawHttp } from '../http/test-support/raw-http';
import { WebModule } from './web.module';

const SCRIPT = Buffer.from(
  Array.from({ length: 2000 }, (_, i) => `export const value${i} = ${JSON.stringify(`v${i}`)};`).join('\n'),
);
const ASSET = '/assets/index-AbC123.js';

describe('the web client served precompressed', () => {
  let root: string;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'fscon-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>fscon</title>');
    writeFileSync(join(root, 'assets', 'index-AbC123.js'), SCRIPT);
    writeFileSync(join(root, 'assets', 'index-AbC123.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(root, 'assets', 'index-AbC123.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(root, 'assets', 'plain-1.css'), 'body{}');
    const directory = new InMemoryUserDirectory(Object.values(TEST_USERS));
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ directory: { useValue: directory } }), WebModule.forRoot(root)],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ErrorFilter());
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['identity', undefined],
    ['', undefined],
  ])(
    'answers Accept-Encoding %j with %s, the same bytes and headers once decoded',
    async (accept, coding) => {
      const response = await rawHttp(`${url}${ASSET}`, accept ? { 'Accept-Encoding': accept } : {});
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(coding);
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(response.headers['content-length'])).toBe(response.bytes.length);
      expect(decoded(response).equals(SCRIPT)).toBe(true);
      if (coding !== undefined) expect(response.bytes.length).toBeLessThan(SCRIPT.length / 3);
    },
  );

  it('answers HEAD with the length of the copy it would send and no body', async () => {
    const get = await rawHttp(`${url}${ASSET}`, { 'Accept-Encoding': 'br' });
    const head = await rawHttp(`${url}${ASSET}`, { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(String(get.bytes.length));
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.bytes.length).toBe(0);
  });

  it('gives each copy its own ETag and answers 304 to a matching If-None-Match', async () => {
    const tags = await Promise.all(
      ['br', 'gzip', 'identity'].map(
        async (accept) => (await rawHttp(`${url}${ASSET}`, { 'Accept-Encoding': accept })).headers.etag!,
      ),
    );
    expect(new Set(tags).size).toBe(3);
    const revalidated = await rawHttp(`${url}${ASSET}`, {
      'Accept-Encoding': 'br',
      'If-None-Match': tags[0]!,
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.vary).toBe('Accept-Encoding');
    expect(revalidated.bytes.length).toBe(0);
    const otherCopy = await rawHttp(`${url}${ASSET}`, {
      'Accept-Encoding': 'gzip',
      'If-None-Match': tags[0]!,
    });
    expect(otherCopy.status).toBe(200);
    expect(otherCopy.headers['content-encoding']).toBe('gzip');
  });

  it('sends files without copies as they are, without Vary', async () => {
    const response = await rawHttp(`${url}/assets/plain-1.css`, { 'Accept-Encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toBeUndefined();
    expect(response.bytes.toString()).toBe('body{}');
  });

  it('answers a missing file with plain JSON, not a declared encoding', async () => {
    rmSync(join(root, 'assets', 'plain-1.css'));
    const response = await rawHttp(`${url}/assets/plain-1.css`, { 'Accept-Encoding': 'br' });
    expect(response.status).toBe(404);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.bytes.toString())).toEqual({ error: 'not found', code: 'HTTP.NOT_FOUND' });
  });
});
