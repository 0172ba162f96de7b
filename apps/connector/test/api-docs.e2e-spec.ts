import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_DOC_FILES } from '../src/api-docs/generate-api-docs';
import { REPO_ROOT } from './support/fresh-build';
import { startSystem, type TestSystem } from './support/system';

const committed = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as unknown;

describe('/docs', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(() => system.stop());

  it('serves both documents without a login, as committed', async () => {
    for (const [path, file] of [
      ['/docs/openapi.json', API_DOC_FILES.openapi],
      ['/docs/asyncapi.json', API_DOC_FILES.asyncapi],
    ]) {
      const response = await fetch(`${system.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual(committed(file));
    }
  });

  it('serves a Swagger UI page whose scripts and styles come from the connector itself', async () => {
    const page = await fetch(`${system.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, source]) => source!);
    expect(sources).toEqual([
      '/docs/assets/swagger-ui.css',
      '/docs/openapi.json',
      '/docs/asyncapi.json',
      '/docs/assets/swagger-ui-bundle.js',
      '/docs/assets/docs-init.js',
    ]);
    for (const source of sources) {
      const response = await fetch(`${system.url}${source}`);
      expect({ source, status: response.status }).toEqual({ source, status: 200 });
    }
    expect(await (await fetch(`${system.url}/docs/assets/docs-init.js`)).text()).toContain(
      "url: '/docs/openapi.json'",
    );
  });

  it('serves no other file of the Swagger UI package', async () => {
    for (const name of ['index.html', 'package.json', '..%2Fpackage.json', 'swagger-ui-bundle.js.map']) {
      expect((await fetch(`${system.url}/docs/assets/${name}`)).status).toBe(404);
    }
  });
});
