/** The APIs the mock can serve. */
export const MOCK_APIS = ['recruspace', 'unified-ats'] as const;
export type MockApi = (typeof MOCK_APIS)[number];
/** What `startMockServer` and `ats-mock` accept: one API, or both on one port. */
export type MockApiSelection = MockApi | 'all';

/** The bundled spec shipped in this package for an API (closed object schemas, see spec/CONVENTIONS.md). */
export const specUrl = (api: MockApi): URL => new URL(`../specs/${api}.openapi.json`, import.meta.url);

/** Both APIs fit on one port because their paths never overlap. */
export function apiForPath(path: string, served: readonly MockApi[]): MockApi | undefined {
  const api: MockApi | undefined = path.startsWith('/api/') ? 'recruspace' : path.startsWith('/unified/') ? 'unified-ats' : undefined;
  return api && served.includes(api) ? api : served.length === 1 ? served[0] : undefined;
}

export const selectApis = (selection: MockApiSelection): MockApi[] => (selection === 'all' ? [...MOCK_APIS] : [selection]);
