// Compares two bundled specs of one API: Optic dereferences and diffs them and runs its standard
// breaking-changes ruleset; rules.mjs names each result and adds the rules Optic lacks.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dereferenceOpenApi } from '@useoptic/openapi-io';
import { compareSpecs, diff } from '@useoptic/openapi-utilities';
import { RuleRunner } from '@useoptic/rulesets-base';
import { classifyOptic, operationRules, operationsOf, opticRulesets, ownPropertyRules } from './rules.mjs';

/**
 * @typedef {object} Finding
 * @property {string} rule          stable rule id, e.g. `response-property-removed`
 * @property {string[]} audiences   `client` and/or `mock`
 * @property {string} operation     `METHOD /path`
 * @property {string} [operationId]
 * @property {string} pointer       JSON pointer into the bundled spec on `side`, `$ref`s resolved
 * @property {'base'|'head'} side   `base` for what was removed, `head` for what changed
 * @property {string} [definedAt]  the same place in the bundle as written (through its `$ref`s)
 * @property {string} message
 */

const load = (path) => dereferenceOpenApi(path).then((parsed) => ({ ...parsed, isEmptySpec: false }));

const operationKeyOf = (pointer) => {
  const [, paths, path, method] = pointer.split('/');
  if (paths !== 'paths' || !method) return undefined;
  return `${method.toUpperCase()} ${path.replaceAll('~1', '/').replaceAll('~0', '~')}`;
};

const unescape = (segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~');
const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * Optic's rule runner builds facts for every operation of both documents whether it changed or not,
 * which takes over a minute for the Unified ATS spec. Its breaking-change rules only look at what
 * changed, so the rules get the changed operations only; Optic's own diff says which those are.
 */
function changedOperationsOnly(doc, changes) {
  // Keyed by template with parameter names blanked: Optic matches `/a/{id}` with `/a/{a_id}`.
  const template = (path) => path.replace(/\{[^}]*\}/g, '{}');
  const keep = new Map(); // template → 'all' | Set(method)
  for (const pointer of changes.flatMap((change) => [change.before, change.after]).filter(Boolean)) {
    const [, top, rawPath, rawMethod] = pointer.split('/');
    if (top !== 'paths' || rawPath === undefined) continue;
    const path = template(unescape(rawPath));
    if (!rawMethod || !httpMethods.has(rawMethod)) keep.set(path, 'all');
    else if (keep.get(path) !== 'all') keep.set(path, (keep.get(path) ?? new Set()).add(rawMethod));
  }
  const paths = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const methods = keep.get(template(path));
    if (!methods) continue;
    paths[path] =
      methods === 'all'
        ? item
        : Object.fromEntries(Object.entries(item).filter(([key]) => !httpMethods.has(key) || methods.has(key)));
  }
  return { ...doc, paths };
}

const lookup = (doc, pointer) =>
  pointer.split('/').slice(1).reduce((node, segment) => node?.[unescape(segment)], doc);

/**
 * Findings point into the dereferenced document, one per operation that sees the change. Authors edit
 * the bundle's components: follow its `$ref`s along the pointer to where the thing is written.
 */
function definedAt(doc, pointer) {
  let node = doc;
  let at = '';
  for (const segment of pointer.split('/').slice(1)) {
    for (let hops = 0; typeof node?.$ref === 'string' && node.$ref.startsWith('#/') && hops < 32; hops++) {
      at = node.$ref.slice(1);
      node = lookup(doc, at);
    }
    node = node?.[unescape(segment)];
    at += `/${segment}`;
  }
  return at;
}

/**
 * Children of something already reported as removed (an operation, a status, a media type) say the same thing
 * again, once per property. Keep the removal, drop the echo.
 */
function dropEchoes(findings) {
  const roots = new Set(['operation-removed', 'response-status-removed', 'request-media-type-removed', 'response-media-type-removed']);
  const removed = findings
    .filter((f) => roots.has(f.rule))
    .map((f) => `${f.pointer}/`);
  const seen = new Set(); // Optic and one of our rules may name the same place the same way
  return findings.filter((f) => {
    const key = `${f.rule} ${f.side} ${f.pointer}`;
    if (seen.has(key) || removed.some((prefix) => f.pointer.startsWith(prefix))) return false;
    seen.add(key);
    return true;
  });
}

/**
 * @typedef {object} Change  one operation that differs, judged or not
 * @property {string} operation     `METHOD /path` (the head's path when it still exists)
 * @property {string} [operationId]
 * @property {'added'|'removed'|'changed'} change
 * @property {number} differences   how many places Optic's diff found
 */

/**
 * Every difference, grouped by operation, so that what the rules let pass is listed too. Differences
 * outside `paths` and `components` (info, servers, tags, security) are named by their top-level key.
 * @returns {{ operations: Change[], outside: string[] }}
 */
function summarize(from, to, changes) {
  const template = (key) => key.replace(/\{[^}]*\}/g, '{}');
  const before = operationsOf(from);
  const after = operationsOf(to);
  const byTemplate = new Map();
  const outside = new Set();
  const touch = (key, change) => {
    const id = template(key);
    const entry = byTemplate.get(id) ?? { keys: new Set(), change, differences: 0 };
    entry.keys.add(key);
    entry.differences++;
    if (entry.change !== change) entry.change = 'changed';
    byTemplate.set(id, entry);
  };
  for (const { before: was, after: now } of changes) {
    const pointer = now ?? was;
    const [, top, rawPath, rawMethod, ...rest] = pointer.split('/');
    if (top !== 'paths') {
      // Components are already counted where operations use them (lint forbids unused ones).
      if (top && top !== 'components') outside.add(unescape(top));
      continue;
    }
    const path = unescape(rawPath ?? '');
    const whole = rawMethod === undefined || (httpMethods.has(rawMethod) && rest.length === 0);
    const change = whole && !was ? 'added' : whole && !now ? 'removed' : 'changed';
    const methods = rawMethod && httpMethods.has(rawMethod) ? [rawMethod] : [...httpMethods];
    for (const method of methods) {
      const key = `${method.toUpperCase()} ${path}`;
      if (before.has(key) || after.has(key)) touch(key, change);
    }
  }
  const operations = [...byTemplate.values()].map(({ keys, change, differences }) => {
    const key = [...keys].find((k) => after.has(k)) ?? [...keys][0];
    const op = (after.get(key) ?? before.get(key))?.op;
    return { operation: key, ...(op?.operationId ? { operationId: op.operationId } : {}), change, differences };
  });
  return { operations: operations.sort((a, b) => a.operation.localeCompare(b.operation)), outside: [...outside].sort() };
}

/**
 * @param {object} before  the base bundle (a parsed OpenAPI document with $refs)
 * @param {object} after   the head bundle
 * @returns {Promise<{ findings: Finding[], changes: { operations: Change[], outside: string[] } }>}
 */
export async function compareDocuments(before, after) {
  const dir = mkdtempSync(join(tmpdir(), 'ats-breaking-'));
  try {
    writeFileSync(join(dir, 'before.json'), JSON.stringify(before));
    writeFileSync(join(dir, 'after.json'), JSON.stringify(after));
    const [from, to] = await Promise.all([load(join(dir, 'before.json')), load(join(dir, 'after.json'))]);
    const changes = diff(from.jsonLike, to.jsonLike);
    const { results } = await compareSpecs(
      { ...from, jsonLike: changedOperationsOnly(from.jsonLike, changes) },
      { ...to, jsonLike: changedOperationsOnly(to.jsonLike, changes) },
      new RuleRunner(opticRulesets()),
      {},
    );

    const opsBefore = operationsOf(from.jsonLike);
    const opsAfter = operationsOf(to.jsonLike);
    const withOperationId = (finding) => {
      const key = finding.operation ?? operationKeyOf(finding.pointer);
      const op = (finding.side === 'base' ? opsBefore : opsAfter).get(key)?.op ?? opsBefore.get(key)?.op;
      const source = definedAt(finding.side === 'base' ? before : after, finding.pointer);
      return {
        ...finding,
        operation: key ?? '(document)',
        ...(op?.operationId ? { operationId: op.operationId } : {}),
        ...(source !== finding.pointer ? { definedAt: source } : {}),
      };
    };

    const fromOptic = results
      .filter((result) => !result.passed && !result.exempted)
      .map((result) => {
        const pointer = result.location.jsonPath;
        const named =
          result.name in ownPropertyRules
            ? { rule: result.name, audiences: ownPropertyRules[result.name] }
            : classifyOptic(result.name, pointer);
        return {
          ...named,
          pointer,
          side: result.location.spec === 'before' ? 'base' : 'head',
          message: result.error ?? result.name,
        };
      });
    const own = operationRules(from.jsonLike, to.jsonLike);
    const findings = dropEchoes([...fromOptic, ...own].map(withOperationId)).sort(
      (a, b) => a.operation.localeCompare(b.operation) || a.pointer.localeCompare(b.pointer) || a.rule.localeCompare(b.rule),
    );
    return { findings, changes: summarize(from.jsonLike, to.jsonLike, changes) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
