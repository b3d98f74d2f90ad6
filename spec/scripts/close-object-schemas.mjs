// Returns a copy of an OpenAPI document in which every *response* schema that lists `properties` and
// says nothing about `additionalProperties` is closed. Prism's dynamic mode otherwise invents junk keys,
// and closed response schemas let the contract suite catch a mock response with undeclared fields.
//
// Request bodies, parameters and webhook payloads stay exactly as written (CONVENTIONS.md, policy 4):
// closing them would make the mock reject requests the real API accepts. A component schema reached
// from both a response and a request is duplicated: responses point at a closed copy
// (`<Name>__closed`), requests keep the original.
const SCHEMA_REF = '#/components/schemas/';
const CLOSED_SUFFIX = '__closed';

export function closeObjectSchemas(document) {
  const doc = structuredClone(document);
  const schemas = doc.components?.schemas ?? {};
  const fromRequests = reachableSchemas(doc, requestRoots(doc));
  const fromResponses = reachableSchemas(doc, responseRoots(doc));

  const closedName = (name) => (fromRequests.has(name) ? `${name}${CLOSED_SUFFIX}` : name);
  const closeTree = (node) => close(node, (ref) => {
    const name = schemaName(ref);
    return name && fromResponses.has(name) ? `${SCHEMA_REF}${closedName(name)}` : ref;
  });

  for (const name of fromResponses) {
    if (!(name in schemas)) continue;
    if (fromRequests.has(name)) schemas[closedName(name)] = closeTree(structuredClone(schemas[name]));
    else schemas[name] = closeTree(schemas[name]);
  }
  for (const response of Object.values(doc.components?.responses ?? {})) closeResponse(response, closeTree);
  for (const item of Object.values(doc.paths ?? {})) {
    for (const operation of operationsOf(item)) {
      for (const response of Object.values(operation.responses ?? {})) closeResponse(response, closeTree);
    }
  }
  return doc;
}

function closeResponse(response, closeTree) {
  for (const media of Object.values(response?.content ?? {})) {
    if (media.schema) media.schema = closeTree(media.schema);
  }
}

/** Closes every object schema in one schema tree; `$ref`s are rewritten by `mapRef`. */
function close(node, mapRef) {
  if (Array.isArray(node)) return node.map((item) => close(item, mapRef));
  if (node === null || typeof node !== 'object') return node;
  for (const [key, value] of Object.entries(node)) {
    // Examples are data, not schemas: leave them untouched.
    if (key === 'example' || key === 'examples' || key === 'x-provenance') continue;
    if (key === '$ref' && typeof value === 'string') node[key] = mapRef(value);
    else node[key] = close(value, mapRef);
  }
  if (node.properties && typeof node.properties === 'object' && !('additionalProperties' in node)) {
    node.additionalProperties = false;
  }
  return node;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const operationsOf = (item) => METHODS.map((m) => item?.[m]).filter(Boolean);
const schemaName = (ref) => (typeof ref === 'string' && ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : undefined);

function responseRoots(doc) {
  const roots = [doc.components?.responses];
  for (const item of Object.values(doc.paths ?? {})) for (const op of operationsOf(item)) roots.push(op.responses);
  return roots;
}

/** Everything a client sends: request bodies and parameters, plus webhook payloads (sent to us). */
function requestRoots(doc) {
  const roots = [doc.components?.requestBodies, doc.components?.parameters, doc.webhooks];
  for (const item of Object.values(doc.paths ?? {})) {
    roots.push(item.parameters);
    for (const op of operationsOf(item)) roots.push(op.parameters, op.requestBody);
  }
  return roots;
}

/** Names of the component schemas a set of subtrees reaches, following `$ref`s transitively. */
function reachableSchemas(doc, roots) {
  const found = new Set();
  const pending = [...roots];
  const seen = new Set();
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'example' || key === 'examples') continue;
      if (key === '$ref') {
        const name = schemaName(value);
        if (name && !found.has(name)) {
          found.add(name);
          pending.push(doc.components.schemas[name]);
        } else if (!name && typeof value === 'string' && value.startsWith('#/components/')) {
          pending.push(resolvePointer(doc, value));
        }
      } else pending.push(value);
    }
  }
  return found;
}

function resolvePointer(doc, ref) {
  return ref
    .slice(2)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((node, key) => node?.[key], doc);
}
