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

/** An object schema of the given properties, all of them required, and the optional ones; nothing else. */
/* @__NO_SIDE_EFFECTS__ */
export function closedObjectWithOptional<
  const P extends Record<string, JSONSchema>,
  const O extends Record<string, JSONSchema>,
>(properties: P, optional: O) {
  return {
    type: 'object',
    properties: { ...properties, ...optional } as { [K in keyof (P & O)]: (P & O)[K] },
    required: Object.keys(properties) as (keyof P & string)[],
    additionalProperties: false,
  } as const;
}
