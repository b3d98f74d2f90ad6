// Bodies the mock hands out again and again (the fast path's examples, the stateful store's
// objects) are frozen: nothing downstream can change one in place, so the front may serialize
// each once (see payloadOf in worker/server.ts) and a change always makes a new object.
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
