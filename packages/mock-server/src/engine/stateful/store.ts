// The objects of one collection, in insertion order, at most `limit` of them: the oldest go first,
// so a long test run's memory stays flat. Stored objects are frozen: a change is a new object put
// in the old one's place, so the front can serialize each stored object once.
import { deepFreeze } from '../deep-freeze.js';

type Json = Record<string, any>;

export class BoundedStore {
  private items = new Map<string, Json>();

  constructor(
    readonly limit: number,
    readonly idField: string,
  ) {}

  get size() {
    return this.items.size;
  }

  values(): Json[] {
    return [...this.items.values()];
  }

  get(id: unknown): Json | undefined {
    return this.items.get(String(id));
  }

  /** Stores (or replaces) an object under its id, frozen; evicts the oldest beyond the limit. */
  put(object: Json): Json {
    deepFreeze(object);
    this.items.set(String(object[this.idField]), object); // a replaced object keeps its place

    while (this.items.size > this.limit) this.items.delete(this.items.keys().next().value!);
    return object;
  }

  delete(id: unknown): boolean {
    return this.items.delete(String(id));
  }

  clear() {
    this.items.clear();
  }
}
