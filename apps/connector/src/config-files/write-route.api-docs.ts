import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiOkResponse, getSchemaPath } from '../api-docs/openapi-decorators';
import { closedObject } from '@fscon/contracts';
import { ApiErrors } from '../api-docs/api-errors';
import { schemaObject } from '../api-docs/schema-object';
import { MAX_ELEMENTS } from './array-body.pipe';

const ANSWER =
  'each element done or failed on its own (a refusal of the XML by FreeSWITCH fails them all); answered after FreeSWITCH reloaded and the state was read again';

/** `{op, done: [TDone], failed: [{error, <key>: TRequest}]}` of a write route. */
export function writeResponseSchema(done: object, key: string, request: object) {
  return closedObject({
    op: { type: 'string' },
    done: { type: 'array', items: done },
    failed: { type: 'array', items: closedObject({ error: { type: 'string' }, [key]: request }) },
  });
}

/** A write route of users or conferences: a JSON array of one DTO, answered with done and failed. */
export const ApiWriteRoute = (dto: Type, key: string, done: object) =>
  applyDecorators(
    ApiExtraModels(dto),
    ApiBody({
      description: `at most ${MAX_ELEMENTS} elements; a body with a bad element is refused whole`,
      schema: { type: 'array', maxItems: MAX_ELEMENTS, items: { $ref: getSchemaPath(dto) } },
    }),
    ApiOkResponse({
      description: ANSWER,
      schema: schemaObject(writeResponseSchema(done, key, { $ref: getSchemaPath(dto) })),
    }),
    ApiErrors(502, 504),
  );
