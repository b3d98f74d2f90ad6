import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { PROVENANCE, README, readmeWithSummary, renderProvenanceFile, renderProvenanceTable } from '../scripts/provenance-table.mjs';

describe('provenance table', () => {
  it('spec/PROVENANCE.md matches the specs (run `pnpm generate` when this fails)', () => {
    expect(readFileSync(PROVENANCE, 'utf8')).toBe(renderProvenanceFile());
  });

  it('the README summary matches the specs and links the table', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readmeWithSummary(readme)).toBe(readme);
    expect(readme).toContain('[spec/PROVENANCE.md](spec/PROVENANCE.md)');
  });

  it('lists every Recruspace operation with its status', () => {
    const table: string = renderProvenanceTable();
    expect(table).toMatch(/#### Recruspace \(\d+ operations:/);
    expect(table).toContain('| `getCandidate` | `GET /api/v1/client/candidates/{candidate_id}/` |');
    // Policy 6: its 400 body is inferred, so it is no longer "documented".
    expect(table).toMatch(/\| `searchCandidateByEmail` \| [^|]+ \| partial \|/);
  });

  it('lists every Unified ATS operation with its status', () => {
    const table: string = renderProvenanceTable();
    expect(table).toMatch(/#### Truto Unified ATS \(33 operations:/);
    expect(table).toContain('| `moveApplicationStage` | `POST /unified/ats/applications/move-stage` |');
    expect(table).toMatch(/\| `getOrganization` \| [^|]+ \| (partial|inferred) \|/);
  });
});
