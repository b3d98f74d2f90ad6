// Concrete paths precede templated siblings in the bundles, so first-match routers pick the right one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundlePath, mockBundlePath } from '../scripts/apis.mjs';
// @ts-expect-error: plain ESM script without type declarations
import { orderPaths } from '../scripts/path-order.mjs';

const before = (paths: string[], first: string, second: string) => paths.indexOf(first) < paths.indexOf(second);

describe('orderPaths', () => {
  it('moves a literal sibling ahead of a template and keeps the rest in source order', () => {
    const ordered = Object.keys(orderPaths({ '/a/{id}/': 1, '/b/': 2, '/a/search/': 3, '/a/{id}/x/': 4, '/c/': 5 }));
    expect(ordered).toEqual(['/a/search/', '/a/{id}/', '/b/', '/a/{id}/x/', '/c/']);
  });
});

describe.each([
  ['recruspace', '/api/v1/client/candidates/search-by-email/', '/api/v1/client/candidates/{candidate_id}/'],
  ['recruspace', '/api/v1/client/talent-pools/create/', '/api/v1/client/talent-pools/{talent_pool_id}/'],
  ['unified-ats', '/unified/ats/applications/move-stage', '/unified/ats/applications/{id}'],
])('%s bundles', (api, concrete, templated) => {
  it.each([bundlePath(api), mockBundlePath(api)])(`list ${concrete} first (%s)`, (file) => {
    const paths = Object.keys(JSON.parse(readFileSync(file, 'utf8')).paths);
    expect(before(paths, concrete, templated)).toBe(true);
  });
});
