import type { JSONSchema } from 'json-schema-to-ts';

/** An object schema of the given properties, all of them required, and nothing else. */
/* @__NO_SIDE_EFFECTS__ */
export function closedObject<const P extends Record<string, JSONSchema>>(
  properties: P,
  description?: string,
) {
  return {
    type: 'object',
    ...(description === undefined ? {} : { description }),
    properties,
    required: Object.keys(properties) as (keyof P & string)[],
    additionalProperties: false,
  } as const;
}
