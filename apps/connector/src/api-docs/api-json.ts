import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from './openapi-decorators';
import { schemaObject } from './schema-object';

/** A route that answers 200 with JSON of a contract schema. */
export const ApiJson = (schema: object, description = 'OK') =>
  ApiOkResponse({ description, schema: schemaObject(schema) });

/** A route that answers 200 with a file of one of these media types. */
export const ApiFile = (description: string, ...mediaTypes: [string, ...string[]]) =>
  applyDecorators(
    ApiProduces(...mediaTypes),
    ApiOkResponse({
      description,
      content: Object.fromEntries(mediaTypes.map((type) => [type, {}])),
    }),
  );
