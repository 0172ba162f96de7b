import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * A contract schema as @nestjs/swagger's type for it (which knows only OpenAPI 3.0 and mutable arrays);
 * the document is turned into OpenAPI 3.1, whose schemas are JSON Schema 2020-12 as the contracts are.
 */
export function schemaObject(schema: object): SchemaObject {
  return schema as SchemaObject;
}
