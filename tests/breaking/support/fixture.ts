// The fixture spec every rule case edits once (fixtures/base.openapi.yaml), and the gate's compare.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compareDocuments, type Change, type Finding } from '../../../scripts/breaking/compare.mjs';

export type Spec = Record<string, any>;
export type { Change, Finding };

const baseText = readFileSync(new URL('../fixtures/base.openapi.yaml', import.meta.url), 'utf8');

/** A fresh copy of the fixture spec. */
export const baseSpec = (): Spec => parse(baseText);

/** Compares the fixture with a copy changed by `edit`. */
export async function findingsFor(edit: (spec: Spec) => void): Promise<Finding[]> {
  const after = baseSpec();
  edit(after);
  return (await compareDocuments(baseSpec(), after)).findings;
}

/** Every operation the edit changes, breaking or not. */
export async function changesFor(edit: (spec: Spec) => void) {
  const after = baseSpec();
  edit(after);
  return (await compareDocuments(baseSpec(), after)).changes;
}

/** Compares a copy changed by `edit` (as the base) with the fixture as written (as the head). */
export async function findingsFrom(edit: (spec: Spec) => void): Promise<Finding[]> {
  const before = baseSpec();
  edit(before);
  return (await compareDocuments(before, baseSpec())).findings;
}
