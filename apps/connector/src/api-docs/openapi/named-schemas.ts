type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Replaces every copy of a named schema inside `tree` by a reference to it, and gives the named
 * schemas with the same done to them. The contracts compose their schemas by embedding one object
 * in another; the documents name the shared ones once.
 */
export function withNamedSchemas<T>(
  tree: T,
  named: Record<string, object>,
  refOf: (name: string) => string,
): { tree: T; schemas: Record<string, unknown> } {
  const names = new Map(Object.entries(named).map(([name, schema]) => [JSON.stringify(schema), name]));
  const replace = (node: Json, own?: string): Json => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((child) => replace(child));
    const name = names.get(JSON.stringify(node));
    if (name !== undefined && name !== own) return { $ref: refOf(name) };
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, replace(child)]));
  };
  const schemas = Object.fromEntries(
    Object.entries(named).map(([name, schema]) => [name, replace(schema as Json, name)]),
  );
  return { tree: replace(tree as Json) as T, schemas };
}
