// bench/README.md is rendered from bench/results.json: it must match, and its figures must be the
// measured ones (a typed-in number cannot survive the next `pnpm bench`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, RESULTS, renderReadme, renderTable } from '../scripts/readme.mjs';

const results = JSON.parse(readFileSync(RESULTS, 'utf8'));

describe('bench/README.md', () => {
  it('is current with results.json (run `node bench/scripts/readme.mjs` after editing either)', () => {
    expect(readFileSync(README, 'utf8')).toBe(renderReadme(results));
  });

  it('shows the measured figures and judges each target from them', () => {
    const table = renderTable(results);
    expect(table).toContain(`| ${results.clientOverhead.addedMicrosPerCallStubWithoutDeadline}`);
    const changed = structuredClone(results);
    changed.pagination.ratioPaginateVsHandLoop = 1.05;
    expect(renderTable(changed)).toMatch(/paginate vs hand loop.*\| 1\.05( \(p10–p90 [^|]*\))? \| ≤ 1\.1 \| yes \|/);
  });

  it('reports any metric that has a target, even one without a row of its own', () => {
    const changed = structuredClone(results);
    changed.clientOverhead.ratioNewThing = 1.2;
    changed.clientOverhead.targets.ratioNewThing = 1.05;
    expect(renderTable(changed)).toContain('| clientOverhead.ratioNewThing | 1.2 | ≤ 1.05 | **no** |');
  });
});
