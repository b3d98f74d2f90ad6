// Collections derived from the spec's path patterns: `GET <base>` listing items, `POST <base>`
// creating one, and `GET|PATCH|DELETE <base>/{id}` on one. The key of a collection is its base path
// without a trailing slash (`/unified/ats/candidates`, `/api/v1/client/talent-pools`).
import { deref, type Operation } from '../operations.js';
import type { Spec } from '../types.js';
import { listItemSchema, objectSchema, unwrap } from './schema.js';

export type Role = 'list' | 'create' | 'get' | 'update' | 'delete';

export interface Collection {
  key: string;
  /** The stored objects' schema (from the item, list or create response). */
  schema?: Record<string, any>;
  /** The spec's example objects, stored at start and after reset. */
  seeds: Record<string, any>[];
  /** The list operation's example page, whose other keys a stateful page keeps. */
  listTemplate?: unknown;
  /** Whether some operation lists the collection. */
  listed?: boolean;
  /** The get example and the id the spec's request examples use for it. */
  exampleItem?: { id: unknown; object: Record<string, any> };
}

export interface Binding {
  collection: string;
  role: Role;
  /** The path parameter holding the item id (get/update/delete). */
  idParam?: string;
}

const ITEM_PATH = /^(.*?)\/\{(\w+)\}\/?$/;
const successOf = (operation: Operation) =>
  Object.entries<any>(operation.responses).find(([code]) => /^2\d\d$/.test(code))?.[1];
const jsonSchemaOf = (response: any) => response?.content?.['application/json']?.schema;

/** Every named example value of an operation's success response. */
export function successExamples(spec: Spec, operation: Operation): unknown[] {
  const examples = successOf(operation)?.content?.['application/json']?.examples ?? {};
  return Object.values<any>(examples).map((example) => deref(spec, example)?.value).filter((value) => value !== undefined);
}

const itemsOfPage = (page: any): any[] => (Array.isArray(page) ? page : Array.isArray(page?.results) ? page.results : Array.isArray(page?.result) ? page.result : []);

/**
 * Which operations act on which collection. `aliases` names, per operationId, the collection a
 * non-conventional path creates in (Recruspace's `/talent-pools/create/`): what the spec cannot say.
 * Operations in `custom` are left to the API's profile.
 */
export function deriveCollections(spec: Spec, operations: Operation[], aliases: Record<string, string> = {}, custom: string[] = []) {
  const collections = new Map<string, Collection>();
  const bindings = new Map<string, Binding>();
  const collection = (key: string) => {
    let found = collections.get(key);
    if (!found) collections.set(key, (found = { key, seeds: [] }));
    return found;
  };
  const isList = (operation: Operation) => !!listItemSchema(spec, jsonSchemaOf(successOf(operation)));

  for (const operation of operations) {
    const item = ITEM_PATH.exec(operation.path);
    const alias = aliases[operation.operationId];
    if (alias) {
      bindings.set(operation.operationId, { collection: alias, role: 'create' });
    } else if (custom.includes(operation.operationId)) {
      continue; // the profile answers it
    } else if (operation.method === 'GET' && !operation.path.includes('{') && isList(operation)) {
      bindings.set(operation.operationId, { collection: operation.path.replace(/\/$/, ''), role: 'list' });
    } else if (operation.method === 'POST' && !item && !operation.path.slice(1).includes('{') && operations.some((o) => o.method === 'GET' && o.path === operation.path && isList(o))) {
      bindings.set(operation.operationId, { collection: operation.path.replace(/\/$/, ''), role: 'create' });
    } else if (item && !item[1]!.includes('{')) {
      const role = ({ GET: 'get', PATCH: 'update', PUT: 'update', DELETE: 'delete' } as const)[operation.method as 'GET'];
      if (role) bindings.set(operation.operationId, { collection: item[1]!, role, idParam: item[2]! });
    }
  }

  for (const operation of operations) {
    const binding = bindings.get(operation.operationId);
    if (!binding) continue;
    const target = collection(binding.collection);
    const schema = jsonSchemaOf(successOf(operation));
    const examples = successExamples(spec, operation);
    if (binding.role === 'list') {
      target.listed = true;
      target.schema ??= listItemSchema(spec, schema);
      target.listTemplate ??= examples[0];
      for (const page of examples) target.seeds.push(...itemsOfPage(page));
    } else if (binding.role === 'get') {
      target.schema = objectSchema(spec, schema) ?? target.schema;
      const objects = examples.map(unwrap).filter((example): example is Record<string, any> => !!example);
      target.seeds.push(...objects);
      // Without a list, the spec's request examples are how a user finds an item: the get example's
      // object is also stored under the id the path parameter's example uses (`candidates/123/`).
      const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === binding.idParam) as any;
      const exampleId = parameter?.example ?? parameter?.schema?.example;
      if (objects[0] && exampleId !== undefined) target.exampleItem = { id: exampleId, object: objects[0] };
    } else if (binding.role === 'create' || binding.role === 'update') {
      target.schema ??= objectSchema(spec, schema);
    }
  }
  return { collections, bindings };
}
