import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import * as swagger from '@nestjs/swagger';
import type { ApiDocument } from '../api-document';
import { applyOpenApiDecorators } from '../openapi-decorators';
import { OPENAPI_SCHEMAS } from './openapi-schemas';
import { applyRouteAccess, routeAccessOf } from './route-access';
import { toOpenApi31 } from './to-openapi-31';
import { withNamedSchemas } from './named-schemas';

/** The version of the HTTP contract the document describes. */
const API_VERSION = '1.0.0';

const DESCRIPTION = [
  'The REST routes of the fscon connector, generated from its controllers and DTOs.',
  'The live WebSocket `/api/live` is described by the AsyncAPI document at `/docs/asyncapi.json`;',
  '`docs/http-api.md` and `docs/live-protocol.md` in the repository are the prose guide.',
  'Every error is JSON `{"error": "<message>"}`.',
].join(' ');

function controllersOf(app: INestApplication): Type[] {
  const modules = [...app.get(ModulesContainer).values()];
  return modules.flatMap((module) =>
    [...module.controllers.values()].map(({ metatype }) => metatype as Type),
  );
}

/** Every body pipe refuses unknown properties, which @nestjs/swagger cannot say of a DTO class. */
function closedDtoSchemas(schemas: Record<string, object>): Record<string, object> {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      name.endsWith('Dto') ? { ...schema, additionalProperties: false } : schema,
    ]),
  );
}

/** The OpenAPI 3.1 document of every route of the application's controllers. */
export function buildOpenApi(app: INestApplication): ApiDocument {
  applyOpenApiDecorators(swagger);
  const config = new swagger.DocumentBuilder()
    .setTitle('fscon connector HTTP API')
    .setDescription(DESCRIPTION)
    .setVersion(API_VERSION)
    .addSecurity('digest', {
      type: 'http',
      scheme: 'digest',
      description:
        'HTTP Digest (RFC 7616, qop=auth, MD5 and SHA-256): the user name is the directory name of the user, the password its directory password.',
    })
    .addSecurity('session', {
      type: 'apiKey',
      in: 'cookie',
      name: '__Host-fscon-session',
      description:
        'The session cookie of `POST /session` (named `fscon-session` without HTTPS); changes need the `X-Requested-With` header.',
    })
    .build();
  const document = swagger.SwaggerModule.createDocument(app, config);
  applyRouteAccess(document, routeAccessOf(controllersOf(app)));
  const { tree: paths, schemas } = withNamedSchemas(
    document.paths,
    OPENAPI_SCHEMAS,
    (name) => `#/components/schemas/${name}`,
  );
  const dtoSchemas = closedDtoSchemas(document.components?.schemas ?? {});
  return toOpenApi31({
    ...document,
    paths,
    components: { ...document.components, schemas: { ...dtoSchemas, ...schemas } },
  });
}
