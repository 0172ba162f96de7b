type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'not', 'contains', 'propertyNames']);

function mapValues(node: Node, convert: (value: Node) => Node): Node {
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, convert(value as Node)]));
}

/** One OpenAPI 3.0 schema as JSON Schema 2020-12, the schema language of OpenAPI 3.1. */
function convertSchema(schema: Node): Node {
  const { nullable, example, exclusiveMinimum, exclusiveMaximum, ...rest } = schema;
  const converted: Node = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => {
      if (SCHEMA_MAPS.has(key) && isNode(value)) return [key, mapValues(value, convertSchema)];
      if (SCHEMA_LISTS.has(key) && Array.isArray(value)) return [key, value.map(convertSchema)];
      if (SUBSCHEMAS.has(key) && isNode(value)) return [key, convertSchema(value)];
      return [key, value];
    }),
  );
  if (example !== undefined) converted.examples = [example];
  for (const [key, bound, exclusive] of [
    ['exclusiveMinimum', 'minimum', exclusiveMinimum],
    ['exclusiveMaximum', 'maximum', exclusiveMaximum],
  ] as const) {
    if (typeof exclusive === 'number') converted[key] = exclusive;
    if (exclusive === true) {
      converted[key] = converted[bound];
      delete converted[bound];
    }
  }
  if (nullable !== true) return converted;
  if (typeof converted.type === 'string') return { ...converted, type: [converted.type, 'null'] };
  return { anyOf: [converted, { type: 'null' }] };
}

/** Converts the schemas of a document: every `schema` of parameters, bodies, responses and headers, and `components.schemas`. */
function convertTree(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertTree);
  if (!isNode(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'schema' && isNode(value)) return [key, convertSchema(value)];
      if (key === 'schemas' && isNode(value)) return [key, mapValues(value, convertSchema)];
      return [key, convertTree(value)];
    }),
  );
}

/**
 * An OpenAPI 3.0 document, as @nestjs/swagger writes it, as OpenAPI 3.1: `nullable` becomes a `null`
 * type, `example` in schemas `examples`, boolean exclusive bounds numbers.
 */
export function toOpenApi31<T extends object>(document: T): T & { openapi: '3.1.0' } {
  return { ...(convertTree(document) as T), openapi: '3.1.0' };
}
