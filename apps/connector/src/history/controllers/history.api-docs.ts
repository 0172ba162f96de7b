import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProduces, ApiQuery } from '../../api-docs/openapi-decorators';
import { ApiErrors } from '../../api-docs/api-errors';
import { schemaObject } from '../../api-docs/schema-object';
import { PAGE_SIZE } from '../history-answers';

const TIME_QUERY =
  'an ISO 8601 date-time with its offset (`2026-12-01T09:00:00Z`), or a date (`2026-12-01`: from its start, to its end, UTC)';

const FORMAT = ApiQuery({
  name: 'format',
  required: false,
  enum: ['json', 'csv'],
  description:
    "`csv`: `text/csv; charset=utf-8` with a header row, RFC 4180 quoting, and a `'` before a cell that starts with `=`, `+`, `-` or `@`",
});

/** An optional text value of the query string. */
const textQuery = (name: string, description: string) =>
  ApiQuery({ name, required: false, type: String, description });

/** JSON of a contract schema, or the same as CSV with `?format=csv`. */
const JsonOrCsv = (schema: object, description: string) =>
  applyDecorators(
    ApiProduces('application/json', 'text/csv'),
    ApiOkResponse({
      description,
      content: {
        'application/json': { schema: schemaObject(schema) },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
  );

/** The query of a list: a time range, a page, the format. */
export const ApiListQuery = (schema: object, description: string) =>
  applyDecorators(
    textQuery('from', `only what ran at or after this: ${TIME_QUERY}`),
    textQuery('to', `only what ran at or before this: ${TIME_QUERY}`),
    ApiQuery({
      name: 'page',
      required: false,
      schema: { type: 'integer', minimum: 1, default: 1 },
      description: `${PAGE_SIZE} rows a page, newest first; the CSV export has every matching row`,
    }),
    FORMAT,
    JsonOrCsv(schema, description),
    ApiErrors(400),
  );

export const ApiNameQuery = () => textQuery('name', "part of the conference's name or number, any case");

export const ApiAuditQuery = () =>
  applyDecorators(
    textQuery('actor', 'the login name of the team user, or `connector`'),
    textQuery('kind', 'the journal kind, e.g. `user.added`'),
  );

/** A session's timeline: JSON, or its timeline as CSV. */
export const ApiSession = (schema: object) =>
  applyDecorators(
    ApiParam({ name: 'session', description: 'the id from the list' }),
    FORMAT,
    ApiQuery({
      name: 'rows',
      required: false,
      enum: ['timeline', 'members'],
      description:
        'what the CSV lists: the timeline (default), or the members, one row per join, with `durationSeconds` and `talkSeconds`',
    }),
    JsonOrCsv(
      schema,
      'the session with its members (with their talk time), recordings and timeline; the CSV has the timeline, or with `rows=members` the members',
    ),
    ApiErrors(400, 404),
  );
