// Returns a copy of an OpenAPI document in which every schema that lists `properties` and says
// nothing about `additionalProperties` is closed. Prism's dynamic mode otherwise invents junk keys,
// and closed schemas let the contract suite catch a mock response with undeclared fields.
export function closeObjectSchemas(document) {
  return visit(structuredClone(document), false);
}

function visit(node, inSchema) {
  if (Array.isArray(node)) return node.map((item) => visit(item, inSchema));
  if (node === null || typeof node !== 'object') return node;
  for (const [key, value] of Object.entries(node)) {
    // Examples are data, not schemas: leave them untouched.
    if (key === 'example' || key === 'examples' || key === 'x-provenance') continue;
    node[key] = visit(value, inSchema || key === 'schema' || key === 'schemas');
  }
  const isObjectSchema = inSchema && node.properties && typeof node.properties === 'object';
  if (isObjectSchema && !('additionalProperties' in node)) node.additionalProperties = false;
  return node;
}
