// The APIs this repo describes, and where their bundled specs land. Everything else reads this list.
import { fileURLToPath } from 'node:url';

export const specRoot = fileURLToPath(new URL('..', import.meta.url));

export const apis = [
  { name: 'recruspace', title: 'Recruspace' },
  { name: 'unified-ats', title: 'Truto Unified ATS' },
];

/** The bundled spec as published: open response schemas, exactly as written. */
export const bundlePath = (api) => `${specRoot}dist/${api}.openapi.json`;
/** The bundle the mock serves: every object schema closed (see CONVENTIONS.md). */
export const mockBundlePath = (api) => `${specRoot}dist/${api}.mock.openapi.json`;
