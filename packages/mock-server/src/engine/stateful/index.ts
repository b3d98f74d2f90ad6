// Stateful mode, one engine for both APIs, driven by the spec: collections come from path patterns
// (./resources.ts), stored objects are shaped by the response schemas (./schema.ts), lists are paged
// in each API's style (./pagination.ts), and a small per-API profile adds only what the spec cannot
// say (./profiles/). Pure functions over plain request/response objects: no Node imports, so the
// same engine can run inside MSW handlers in a browser.
import type { MockApi } from '../../apis.js';
import { errorBody } from '../error-bodies.js';
import type { Operation } from '../operations.js';
import type { MockRequest } from '../types.js';
import type { MockResponse, Spec } from '../types.js';
import { cursorPage, pageNumberPage } from './pagination.js';
import { recruspaceProfile } from './profiles/recruspace.js';
import { unifiedAtsProfile } from './profiles/unified-ats.js';
import { deriveCollections } from './resources.js';
import { filterFor, inShapeOf, mergeUpdate, shapeObject, unwrap } from './schema.js';
import { BoundedStore } from './store.js';
import type { Context, Json, Profile, StatefulApi } from './types.js';

export type { StatefulApi } from './types.js';

export interface StatefulOptions {
  /** Most objects kept per collection; the oldest are evicted first. */
  limit: number;
}

const PROFILES: Record<MockApi, Profile> = { recruspace: recruspaceProfile, 'unified-ats': unifiedAtsProfile };

export function createStatefulApi(api: MockApi, spec: Spec, operations: Operation[], options: StatefulOptions): StatefulApi {
  const profile = PROFILES[api];
  const { collections, bindings } = deriveCollections(spec, operations, profile.aliases, Object.keys(profile.handlers));
  let stores = new Map<string, BoundedStore>();
  let extra = new Map<string, any>();
  let counter = 0;

  const idField = (key: string) => profile.idField?.(key) ?? 'id';
  const store = (key: string) => {
    let found = stores.get(key);
    if (!found) stores.set(key, (found = new BoundedStore(options.limit, idField(key))));
    return found;
  };
  const json = (status: number, body: unknown): MockResponse => ({ status, headers: { 'content-type': 'application/json' }, body });
  const base = {
    api,
    spec,
    store,
    collection: (key: string) => collections.get(key),
    newId: (key: string) => profile.newId(key, ++counter),
    get extra() {
      return extra;
    },
    json,
    error: (status: number, message: string) => json(status, errorBody(api, status, [], message)),
    now: () => new Date().toISOString(),
  };

  function seed() {
    stores = new Map();
    extra = new Map();
    counter = 0;
    for (const collection of collections.values()) {
      const target = store(collection.key);
      for (const item of collection.seeds) if (item && item[target.idField] !== undefined && !target.get(item[target.idField])) target.put(structuredClone(item));
      const example = collection.exampleItem;
      if (example && !collection.listed && !target.get(example.id)) target.put({ ...structuredClone(example.object), [target.idField]: example.id });
      for (const item of target.values()) if (Number.isInteger(item[target.idField])) counter = Math.max(counter, item[target.idField]);
    }
    counter = Math.max(counter, 99_999); // created ids stand apart from the examples'
    profile.seed?.(base as never);
  }
  seed();

  return {
    handle(request, routed, response) {
      const sent = request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as Json) : {};
      const context: Context = { ...base, extra, request, routed, response, sent };
      const custom = profile.handlers[routed.operation.operationId];
      if (custom) {
        const answer = custom(context);
        if (answer) return answer;
      }
      const binding = bindings.get(routed.operation.operationId);
      if (!binding) return undefined;
      const collection = collections.get(binding.collection)!;
      const items = store(binding.collection);
      const id = binding.idParam ? routed.pathParams[binding.idParam] : undefined;
      const missing = () => context.error(404, 'Not found.');

      switch (binding.role) {
        case 'list': {
          const listed = filtered(spec, items.values(), routed.operation, collection.schema, request.query);
          if (Array.isArray(response.body)) return json(200, listed);
          const template = (response.body ?? collection.listTemplate ?? {}) as Json;
          const page = profile.pageStyle === 'page'
            ? pageNumberPage(request, listed, template, profile.defaultPageSize, profile.maxPageSize)
            : cursorPage(request, listed, template, profile.defaultPageSize);
          return page.ok ? json(200, page.body) : context.error(page.status, page.message);
        }
        case 'get': {
          const found = items.get(id);
          return found ? json(response.status, inShapeOf(response.body, found)) : missing();
        }
        case 'create': {
          const properties = collection.schema?.properties ?? {};
          const stamp = context.now();
          const assigned: Json = {
            [items.idField]: context.newId(binding.collection),
            ...('created_at' in properties ? { created_at: stamp } : {}),
            ...('updated_at' in properties ? { updated_at: stamp } : {}),
            ...profile.assigned?.(context, binding.collection),
          };
          // Stand-ins for required fields that cannot be null: this response's example, else the
          // collection's (a created object must also validate where it is read back).
          const example = { ...(collection.exampleItem?.object ?? collection.seeds[0]), ...unwrap(response.body) };
          const object = items.put(shapeObject(spec, collection.schema, sent, assigned, example));
          profile.afterCreate?.(context, binding.collection, object);
          return json(response.status, inShapeOf(response.body, object));
        }
        case 'update': {
          const found = items.get(id);
          if (!found) return missing();
          const updated = items.put(mergeUpdate(spec, collection.schema, found, sent));
          return response.status === 204 ? { status: 204, headers: {}, body: undefined } : json(response.status, inShapeOf(response.body, updated));
        }
        case 'delete':
          return items.delete(id) ? { status: response.status, headers: {}, body: undefined } : missing();
      }
    },
    reset: seed,
    snapshot() {
      const state: Json = {};
      for (const [key, items] of stores) state[key] = items.values();
      for (const [key, value] of extra) state[key] = value instanceof Map ? Object.fromEntries([...value].map(([k, v]) => [k, v instanceof Set ? [...v] : v])) : value;
      return state;
    },
  };
}

/** Paging and Truto's own options are not filters; a parameter the schema cannot place is ignored. */
const NOT_FILTERS = /^(page|page_size|limit|next_cursor|integrated_account_id|truto_.*|remote_query)$/;

/** The items that pass the list operation's query filters (exact match on a field or a reference's id). */
function filtered(spec: Spec, items: Json[], operation: Operation, schema: Json | undefined, query: MockRequest['query']): Json[] {
  const tests = operation.parameters
    .filter((p) => p.in === 'query' && !NOT_FILTERS.test(p.name) && query[p.name] !== undefined)
    .map((p) => ({ value: String([query[p.name]].flat()[0]), test: filterFor(spec, schema, p.name) }))
    .filter((f) => f.test);
  return tests.length ? items.filter((item) => tests.every((f) => f.test!(item, f.value))) : items;
}
