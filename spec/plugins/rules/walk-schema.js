// Walks every schema a node reaches, following `$ref`s across files with Redocly's resolver, and
// calls `visit(schema, location)` once per schema object (cycles are visited once).
const CHILD_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const CHILD_SCHEMAS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];

export function walkSchema(schema, location, ctx, visit, seen = new Set()) {
  const { node, location: at } = resolve(schema, location, ctx);
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  visit(node, at);
  for (const key of CHILD_LISTS) {
    (node[key] ?? []).forEach((child, i) => walkSchema(child, at.child([key, i]), ctx, visit, seen));
  }
  for (const key of CHILD_SCHEMAS) {
    if (node[key] && typeof node[key] === 'object') walkSchema(node[key], at.child([key]), ctx, visit, seen);
  }
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    walkSchema(child, at.child(['properties', name]), ctx, visit, seen);
  }
}

/** Resolves a possibly-`$ref` node relative to the file it was found in. */
export function resolve(node, location, ctx) {
  if (!node || typeof node.$ref !== 'string') return { node, location };
  const resolved = ctx.resolve(node, location.source.absoluteRef);
  if (resolved.node === undefined) return { node: undefined, location };
  return resolve(resolved.node, resolved.location, ctx);
}

/** The JSON schemas of an operation's responses, keyed by status, with their locations. */
export function responseSchemas(operation, location, ctx) {
  const found = [];
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    const { node, location: at } = resolve(response, location.child(['responses', status]), ctx);
    for (const [type, media] of Object.entries(node?.content ?? {})) {
      if (media?.schema) found.push({ status, schema: media.schema, location: at.child(['content', type, 'schema']) });
    }
  }
  return found;
}
