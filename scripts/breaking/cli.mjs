#!/usr/bin/env node
// `pnpm breaking [--base <ref>] [--json] [--no-types]`: the breaking-change gate. Bundles the specs at
// the base and in the working tree, classifies every difference for client users and for mock users,
// type-checks the base's usage against the new types and client, and fails when something breaking
// ships without a version bump of the right level for the fixed group. CONTRIBUTING.md explains it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { bundleAtCommit, bundleWorkingTree, loadApis } from './bundle.mjs';
import { checkReleaseLevel } from './changesets.mjs';
import { compareDocuments } from './compare.mjs';
import { resolveBase } from './git.mjs';
import { CLIENT, MOCK } from './rules.mjs';
import { checkPreviousUsage } from './type-check.mjs';

const usage = `usage: pnpm breaking [--base <git ref>] [--json] [--no-types]
  --base      what to compare with (default: latest release tag, else origin/main, else HEAD~1)
  --json      print the report as JSON
  --no-types  skip the type-level check of the base's contract tests and examples`;

let options;
try {
  options = parseArgs({
    options: {
      base: { type: 'string' },
      json: { type: 'boolean', default: false },
      'no-types': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  }).values;
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

let root;
try {
  root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  console.error(`pnpm breaking: ${process.cwd()} is not inside a git repository; the gate compares git refs.`);
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'ats-breaking-'));

async function run() {
  const base = resolveBase(root, options.base);
  const apis = await loadApis(root);
  const before = await bundleAtCommit(root, base.commit, join(scratch, 'base'));
  const after = await bundleWorkingTree(root);

  const findings = [];
  const changes = {};
  for (const { name } of apis) {
    if (!before[name]) continue; // a new API breaks nobody
    if (!after[name]) {
      findings.push({ api: name, rule: 'api-removed', audiences: [CLIENT, MOCK], operation: '(all)', pointer: '', side: 'base', message: `the ${name} spec is gone` });
      continue;
    }
    const compared = await compareDocuments(before[name], after[name]);
    for (const finding of compared.findings) findings.push({ api: name, ...finding });
    changes[name] = compared.changes;
  }

  const types = options['no-types'] ? undefined : await checkPreviousUsage(root, base.commit, join(scratch, 'usage'), apis);
  const breaking = findings.length > 0 || Boolean(types?.errors.length);
  const release = breaking ? await checkReleaseLevel(root, base.commit) : undefined;
  const ok = !breaking || release.ok;
  return { base, findings, changes, types, breaking, release, ok };
}

const audienceLabel = (audiences) =>
  audiences.length === 2 ? 'client+mock' : audiences[0] === CLIENT ? 'client only' : 'mock only';

const template = (operation) => operation.replace(/\{[^}]*\}/g, '{}');
const named = ({ operation, operationId }) => (operationId ? `${operation} (${operationId})` : operation);

function print({ base, findings, changes, types, breaking, release, ok }) {
  const lines = [`breaking-change gate: ${base.ref} (${base.commit.slice(0, 10)}, ${base.reason}) → working tree`];
  for (const api of [...new Set([...findings.map((f) => f.api), ...Object.keys(changes)])]) {
    const own = findings.filter((x) => x.api === api);
    const { operations = [], outside = [] } = changes[api] ?? {};
    if (!own.length && !operations.length && !outside.length) continue;
    lines.push('', `${api}:`);
    for (const f of own) {
      lines.push(`  BREAKING [${audienceLabel(f.audiences)}] ${f.rule}  ${named(f)}`);
      lines.push(`    at ${f.side}#${f.pointer}${f.definedAt ? ` (written at #${f.definedAt})` : ''}`);
      lines.push(`    ${f.message}`);
    }
    // Every other difference, so a reviewer sees what the rules judged harmless.
    const judged = new Set(own.map((f) => template(f.operation)));
    for (const change of operations.filter((c) => !judged.has(template(c.operation)))) {
      lines.push(`  not breaking: ${change.change} ${named(change)} (${change.differences} difference${change.differences === 1 ? '' : 's'})`);
    }
    if (outside.length) lines.push(`  not breaking: changed outside operations: ${outside.join(', ')}`);
  }
  if (types) {
    lines.push('', `type-level check (${types.checked.join(', ') || 'nothing to check'} at the base, against the new types and client):`);
    if (types.errors.length) {
      lines.push(`  BREAKING [client only] previous-usage-fails-type-check: ${types.errors.length} error(s)`);
      for (const error of types.errors) lines.push(`    ${error}`);
    } else {
      lines.push('  ok');
    }
  }
  const clientBreaks = findings.some((f) => f.audiences.includes(CLIENT)) || Boolean(types?.errors.length);
  const mockBreaks = findings.some((f) => f.audiences.includes(MOCK));
  lines.push('', `client users: ${clientBreaks ? 'BREAKING' : 'not broken'}; mock users: ${mockBreaks ? 'BREAKING' : 'not broken'}`);
  if (breaking) lines.push(`release: ${release.detail}`);
  lines.push(ok ? (breaking ? 'PASS: breaking, and covered by the planned release.' : 'PASS: nothing breaking.') : 'FAIL: breaking change without the version bump it needs.');
  console.log(lines.join('\n'));
}

try {
  const report = await run();
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else print(report);
  process.exitCode = report.ok ? 0 : 1;
} catch (error) {
  console.error(`pnpm breaking: ${error.stderr?.toString() || error.message}`);
  process.exitCode = 2;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
