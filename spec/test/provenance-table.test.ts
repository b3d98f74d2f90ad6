import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { README, readmeWithTable, renderProvenanceTable } from '../scripts/provenance-table.mjs';

describe('README provenance table', () => {
  it('matches the specs (run `pnpm generate` when this fails)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readmeWithTable(readme)).toBe(readme);
  });

  it('lists every Recruspace operation with its status', () => {
    const table: string = renderProvenanceTable();
    expect(table).toMatch(/#### Recruspace \(18 operations:/);
    expect(table).toContain('| `getCandidate` | `GET /api/v1/client/candidates/{candidate_id}/` |');
    expect(table).toMatch(/\| `searchCandidateByEmail` \| [^|]+ \| documented \|/);
  });

  it('lists every Unified ATS operation with its status', () => {
    const table: string = renderProvenanceTable();
    expect(table).toMatch(/#### Truto Unified ATS \(33 operations:/);
    expect(table).toContain('| `moveApplicationStage` | `POST /unified/ats/applications/move-stage` |');
    expect(table).toMatch(/\| `getOrganization` \| [^|]+ \| (partial|inferred) \|/);
  });
});
