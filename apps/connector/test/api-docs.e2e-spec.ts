import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { join } from 'node:path';
import { API_DOC_FILES } from '../src/api-docs/generate-api-docs';
import { REPO_ROOT } from './support/fresh-build';
import { sessionCookie } from './support/session-cookie';
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

  it('describes what the routes really answer, errors included', async () => {
    const openapi = committed(API_DOC_FILES.openapi) as { paths: Record<string, Record<string, unknown>> };
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema(openapi, 'openapi');
    const cookie = await sessionCookie(system);
    const cases: [string, string, string, number][] = [
      ['/api/users', '/api/users', 'get', 200],
      ['/api/users/byname/d', '/api/users/{filter}/{s}', 'get', 200],
      ['/api/users/match/a', '/api/users/match/{s}', 'get', 200],
      ['/api/users/bynothing/a', '/api/users/{filter}/{s}', 'get', 404],
      ['/api/conferences', '/api/conferences', 'get', 200],
      ['/api/conferences/bycontext/team', '/api/conferences/{filter}/{s}', 'get', 200],
      ['/api/info', '/api/info', 'get', 200],
      ['/api/info/state', '/api/info/state', 'get', 200],
      ['/api/recordings', '/api/recordings', 'get', 200],
      ['/api/recordings/missing.wav', '/api/recordings/{file}', 'get', 404],
      ['/api/store/nothing', '/api/store/{dir}', 'get', 400],
      ['/userinfo', '/userinfo', 'get', 200],
      ['/friendxml', '/friendxml', 'get', 200],
      ['/pubxml', '/pubxml', 'get', 200],
      ['/fr/friendsrec', '/fr/friendsrec', 'get', 200],
      ['/session', '/session', 'get', 200],
      ['/session/live-token', '/session/live-token', 'get', 200],
    ];
    for (const [url, path, method, status] of cases) {
      const response = await fetch(`${system.url}${url}`, { headers: { Cookie: cookie } });
      const pointer = `openapi#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses/${status}/content/application~1json/schema`;
      const validate = ajv.getSchema(pointer)!;
      const body: unknown = await response.json();
      expect({ url, status: response.status }).toEqual({ url, status });
      expect({ url, valid: validate(body), errors: validate.errors }).toEqual({
        url,
        valid: true,
        errors: null,
      });
    }
    const refused = await fetch(`${system.url}/api/users`);
    const unauthenticated = ajv.getSchema('openapi#/components/schemas/ErrorResponse')!;
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Digest /);
    expect(unauthenticated(await refused.json())).toBe(true);
  });
});
