/** The APIs the mock can serve. */
export const MOCK_APIS = ['recruspace', 'unified-ats'] as const;
export type MockApi = (typeof MOCK_APIS)[number];

/** The bundled spec shipped in this package for an API (closed object schemas, see spec/CONVENTIONS.md). */
export const specUrl = (api: MockApi): URL => new URL(`../specs/${api}.openapi.json`, import.meta.url);
