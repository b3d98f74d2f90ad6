// The fixture spec every rule case edits once (fixtures/base.openapi.yaml), and the gate's compare.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compareDocuments, type Finding } from '../../../scripts/breaking/compare.mjs';

export type Spec = Record<string, any>;
export type { Finding };

const baseText = readFileSync(new URL('../fixtures/base.openapi.yaml', import.meta.url), 'utf8');

/** A fresh copy of the fixture spec. */
export const baseSpec = (): Spec => parse(baseText);

/** Compares the fixture with a copy changed by `edit`. */
export async function findingsFor(edit: (spec: Spec) => void): Promise<Finding[]> {
  const after = baseSpec();
  edit(after);
  return compareDocuments(baseSpec(), after);
}

/** Compares a copy changed by `edit` (as the base) with the fixture as written (as the head). */
export async function findingsFrom(edit: (spec: Spec) => void): Promise<Finding[]> {
  const before = baseSpec();
  edit(before);
  return compareDocuments(before, baseSpec());
}
