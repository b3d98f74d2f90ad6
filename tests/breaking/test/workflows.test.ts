// The gate is wired where the issue asks: on every pull request, and before anything is released.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/throwaway-repo.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  steps?: Step[];
}

const workflow = (name: string): { on: Record<string, unknown>; jobs: Record<string, Job> } =>
  parse(readFileSync(join(ROOT, '.github/workflows', name), 'utf8'));
const runsGate = (step: Step) => /(^|\n|&& )pnpm breaking\b/.test(step.run ?? '');

describe('where the breaking-change gate runs', () => {
  it('CI runs it on every pull request, with the history it compares against', () => {
    const ci = workflow('ci.yml');
    expect(ci.on).toHaveProperty('pull_request');
    const jobs = Object.values(ci.jobs).filter((job) => job.steps?.some(runsGate));
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job!.if ?? "github.event_name == 'pull_request'").toContain('pull_request');
    expect(job!.steps!.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });

  it('the release workflow runs it before versioning or publishing', () => {
    const release = workflow('release.yml');
    const job = Object.values(release.jobs).find((j) => j.steps?.some((s) => s.uses?.startsWith('changesets/action@')));
    const steps = job!.steps!;
    const gate = steps.findIndex(runsGate);
    expect(gate).toBeGreaterThanOrEqual(0);
    expect(gate).toBeLessThan(steps.findIndex((s) => s.uses?.startsWith('changesets/action@')));
    expect(steps[gate]!.run).toContain('--unshallow --tags');
  });
});
