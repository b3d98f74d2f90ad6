// What a per-API profile gives the stateful engine: only what the spec cannot say.
import type { MockApi } from '../../apis.js';
import type { RoutedOperation } from '../operations.js';
import type { MockRequest, MockResponse, Spec } from '../types.js';
import type { Collection } from './resources.js';
import type { BoundedStore } from './store.js';

export type Json = Record<string, any>;

/** Stateful mode for one API: may replace the (already validated) response with one from state. */
export interface StatefulApi {
  handle(request: MockRequest, routed: RoutedOperation, response: MockResponse): MockResponse | undefined;
  /** Forgets everything created or changed since start: back to the spec's examples. */
  reset(): void;
  /** What the engine holds, for `GET /__mock/state`. */
  snapshot(): unknown;
}

export interface Context {
  api: MockApi;
  spec: Spec;
  request: MockRequest;
  routed: RoutedOperation;
  /** Prism's response (the spec's example), already validated. */
  response: MockResponse;
  /** The request body as an object ({} when there is none). */
  sent: Json;
  store(collection: string): BoundedStore;
  collection(collection: string): Collection | undefined;
  newId(collection: string): string | number;
  /** Per-profile state beyond collections (memberships, notes); cleared on reset. */
  extra: Map<string, any>;
  json(status: number, body: unknown): MockResponse;
  /** An error in the API's own shape. */
  error(status: number, message: string): MockResponse;
  now(): string;
}

export interface Profile {
  /** Non-conventional create paths: operationId → collection key. */
  aliases: Record<string, string>;
  /** The field that identifies an item of a collection (default `id`). */
  idField?(collection: string): string;
  /** A new id for a created object, from a counter that starts above the seeds'. */
  newId(collection: string, counter: number): string | number;
  pageStyle: 'page' | 'cursor';
  defaultPageSize: number;
  maxPageSize: number;
  /** Custom methods and scoped lists, run before the generic roles. `undefined` → generic handling. */
  handlers: Record<string, (context: Context) => MockResponse | undefined>;
  /** Server-side fields of a created object beyond id and timestamps. */
  assigned?(context: Context, collection: string): Json;
  /** After a create: links (pool membership, counts). */
  afterCreate?(context: Context, collection: string, object: Json): void;
  /** Extra seeding after the collections' examples are stored. */
  seed?(context: Omit<Context, 'request' | 'routed' | 'response' | 'sent'>): void;
}
