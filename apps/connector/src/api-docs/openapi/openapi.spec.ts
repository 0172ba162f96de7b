import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020';
import { repositoryRoot } from '../../web/web-root';
import type { ApiDocument } from '../api-document';
import { API_DOC_FILES, documentText, generateApiDocs, REGENERATE_COMMAND } from '../generate-api-docs';

type Operation = {
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};

function operations(document: ApiDocument): [string, Operation][] {
  const paths = document.paths as Record<string, Record<string, Operation>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]): [string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      operation,
    ]),
  );
}

describe('the OpenAPI document', () => {
  let document: ApiDocument;

  beforeAll(async () => {
    document = (await generateApiDocs()).openapi;
  });

  it('is valid OpenAPI 3.1', async () => {
    const validated = await SwaggerParser.validate(structuredClone(document) as never);
    expect((validated as { openapi?: string }).openapi).toBe('3.1.0');
  });

  it('has only valid JSON Schema 2020-12 schemas, whose references resolve', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema(document, 'openapi');
    const schemas = (document.components as { schemas: Record<string, object> }).schemas;
    for (const name of Object.keys(schemas)) {
      expect({ name, valid: ajv.validateSchema(schemas[name]!), errors: ajv.errors }).toEqual({
        name,
        valid: true,
        errors: null,
      });
      expect(ajv.getSchema(`openapi#/components/schemas/${name}`)).toBeInstanceOf(Function);
    }
  });

  it(`is the one committed in ${API_DOC_FILES.openapi}`, () => {
    const file = join(repositoryRoot(), API_DOC_FILES.openapi);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (committed !== documentText(document)) {
      throw new Error(
        `${API_DOC_FILES.openapi} differs from what the controllers and DTOs generate: run \`${REGENERATE_COMMAND}\` and commit the result`,
      );
    }
  });

  it('describes Digest authentication and asks for it where the guard does', () => {
    const components = document.components as { securitySchemes: Record<string, unknown> };
    expect(components.securitySchemes.digest).toMatchObject({ type: 'http', scheme: 'digest' });
    const all = Object.fromEntries(operations(document));
    expect(all['GET /api/users'].security).toEqual([{ digest: [] }, { session: [] }]);
    expect(all['GET /polycom/{file}'].security).toBeDefined();
    for (const open of ['POST /session', 'GET /', 'GET /docs', 'GET /docs/openapi.json']) {
      expect(all[open].security).toBeUndefined();
    }
  });

  it('gives every route needing a login its 401, 403 and 429, and every route its {error, code} 500', () => {
    for (const [name, operation] of operations(document)) {
      const statuses = Object.keys(operation.responses);
      if (operation.security)
        expect({ name, statuses }).toEqual({ name, statuses: expect.arrayContaining(['401', '403', '429']) });
      const fault = operation.responses['500']?.content?.['application/json']?.schema;
      expect({ name, fault }).toEqual({ name, fault: { $ref: '#/components/schemas/ErrorResponse' } });
    }
  });
});
