// The open bundle (response schemas exactly as written, unknown properties allowed), shipped beside
// the closed one the mock serves: a real API is judged against what the spec promises, not the mock.
import { readFileSync } from 'node:fs';
import type { MockApi } from '../apis.js';
import type { Spec } from '../engine/types.js';

export const openSpecUrl = (api: MockApi): URL => new URL(`../specs/${api}.open.openapi.json`, import.meta.url);

export function loadOpenSpec(api: MockApi): Spec {
  return JSON.parse(readFileSync(openSpecUrl(api), 'utf8')) as Spec;
}
