import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AuthModule } from '../auth/auth.module';
import { InMemoryUserDirectory } from '../auth/test-support/in-memory-user-directory';
import { TEST_USERS } from '../auth/test-support/test-users';
import { ErrorFilter } from '../common/error.filter';
import { WebModule } from './web.module';
import { defaultWebRoot } from './web-root';

async function startWith(root: string): Promise<{ url: string; app: INestApplication }> {
  const directory = new InMemoryUserDirectory(Object.values(TEST_USERS));
  const moduleRef = await Test.createTestingModule({
    imports: [AuthModule.forRoot({ directory: { useValue: directory } }), WebModule.forRoot(root)],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.useGlobalFilters(new ErrorFilter());
  await app.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`, app };
}

describe('the web client over HTTP', () => {
  let root: string;
  let server: { url: string; app: INestApplication };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'fscon-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>fscon</title>');
    writeFileSync(join(root, 'assets', 'index-AbC123.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'no');
    server = await startWith(root);
  });
  afterAll(async () => {
    await server.app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the page without login, with a strict content security policy and no caching', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(
      /default-src 'self'.*frame-ancestors 'none'/,
    );
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>fscon</title>');
  });

  it('serves content-named assets for a year', async () => {
    const response = await fetch(`${server.url}/assets/index-AbC123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves nothing else: unknown assets, other names and path tricks are 404 or need a login', async () => {
    expect((await fetch(`${server.url}/assets/missing-1.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/secret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}/secret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}/index.html`)).status).toBe(404);
  });

  it('says how to build the client when it is missing', async () => {
    const empty = await startWith(join(root, 'nowhere'));
    try {
      const response = await fetch(`${empty.url}/`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: 'the web client is not built: run npm run build',
        code: 'HTTP.NOT_FOUND',
      });
    } finally {
      await empty.app.close();
    }
  });

  it('finds dist/web of the checkout from anywhere inside it', () => {
    const checkout = join(__dirname, '..', '..', '..', '..');
    expect(defaultWebRoot(join(checkout, 'dist', 'apps', 'connector', 'src', 'web'))).toBe(
      join(checkout, 'dist', 'web'),
    );
  });
});
