// Renders src/resources/<api>.ts from one bundled spec: the typed resource methods (an interface, with
// JSDoc from each operation's summary, description and provenance) and the small table the runtime
// (src/core/resources.ts) binds them from. Names follow one rule, documented in the client README:
//
//   resource = the operation's tag in camelCase ("Talent pools" → talentPools); a tag that does not
//              name its operations' subject ("Utilities") gives way to the noun in the operationId,
//              plural: uploadFile → files, validateApiKey → apiKeys; when the first word of that noun
//              is already a resource, the words after it stay in the method (uploadFileUnscoped →
//              files.uploadUnscoped).
//   method   = the operationId with the resource's noun (singular or plural, and a `To` before it)
//              taken out; what is left is the verb, and a bare get / list / create / update / delete
//              becomes retrieve / list / create / update / delete:
//              getCandidate → retrieve, listTalentPools → list, searchCandidateByEmail → searchByEmail,
//              addNoteToCandidate → addNote, listJobPostQuestions → listQuestions,
//              moveApplicationStage → moveStage, applyToJobPost → apply.
import { readFileSync } from 'node:fs';
import { bundlePath } from '@ats-sdk/spec/apis';

const VERBS = { get: 'retrieve', list: 'list', create: 'create', update: 'update', delete: 'delete' };
/** Flags shared with src/core/resources.ts. */
const QUERY = 1;
const BODY = 2;
const MULTIPART = 4;
const LIST = 8;

const words = (text) => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
const pascal = (list) => list.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
const camel = (list) => {
  const p = pascal(list);
  return p[0].toLowerCase() + p.slice(1);
};
const singular = (word) => (/ies$/.test(word) ? word.slice(0, -3) + 'y' : /s$/.test(word) ? word.slice(0, -1) : word);
const plural = (word) => (/[^aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : /s$/.test(word) ? word : word + 's');

/**
 * `{ resource, method }` for one operation, by the rule above. `resources` are the resources the
 * API's other operations name (for the first-word case of the fallback).
 */
export function nameOf(operationId, tag, resources = new Set()) {
  const tagWords = words(tag);
  const nouns = [pascal(tagWords), pascal([...tagWords.slice(0, -1), singular(tagWords.at(-1))])];
  const verb = operationId.match(/^[a-z]+/)[0];
  let rest = operationId.slice(verb.length);
  let resource = camel(tagWords);
  const noun = nouns.find((n) => rest.includes(n));
  if (noun) rest = rest.replace(`To${noun}`, '').replace(noun, '');
  else {
    // The tag does not name the subject: the operationId's noun does (uploadFile → files.upload).
    const parts = rest.match(/[A-Z][a-z0-9]*/g);
    const byFirst = camel([plural(parts[0])]);
    if (parts.length > 1 && resources.has(byFirst)) [resource, rest] = [byFirst, parts.slice(1).join('')];
    else [resource, rest] = [camel([...parts.slice(0, -1), plural(parts.at(-1))]), ''];
  }
  const method = rest ? verb + rest : (VERBS[verb] ?? verb);
  return { resource, method };
}

function resolver(spec) {
  return (node) => {
    while (node?.$ref) node = node.$ref.split('/').slice(1).reduce((at, key) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
    return node;
  };
}

/** `results` (DRF, Recruspace) or `result` + `next_cursor` (Truto): a list the page promise can walk. */
// A response that is one of several shapes (Truto's array page or its `truto_key_by` keyed page) is a
// list when any of its shapes is.
function isListEnvelope(schema, resolve) {
  const node = resolve(schema);
  const branches = node?.anyOf ?? node?.oneOf;
  if (branches) return branches.some((branch) => isListEnvelope(branch, resolve));
  const props = node?.properties ?? {};
  return (props.results && props.next) || (props.result && props.next_cursor) ? true : false;
}

/** What each provenance status (spec/CONVENTIONS.md) tells a user in their editor. */
const PROVENANCE = {
  documented: 'documented by the vendor',
  partial: 'documented, but parts of it are inferred',
  secondary: "seen only in the vendor's own tooling, not in its docs",
  inferred: 'not documented by the vendor: its shape is our best reading',
};

const comment = (text) => text.replace(/\*\//g, '*\\/');

function jsdoc(op, method, path, indent) {
  const provenance = op['x-provenance'];
  const lines = [op.summary ? `${op.summary}.`.replace(/\.\.$/, '.') : op.operationId];
  if (op.description) lines.push('', ...op.description.trim().split('\n'));
  lines.push('', `\`${method} ${path}\` (operationId \`${op.operationId}\`).`);
  if (provenance?.status) {
    const note = PROVENANCE[provenance.status];
    lines.push(`Provenance: **${provenance.status}**${note ? ` (${note})` : ''}.`);
  }
  if (op.deprecated) lines.push('@deprecated');
  return [`${indent}/**`, ...lines.map((l) => comment(`${indent} *${l ? ` ${l}` : ''}`)), `${indent} */`].join('\n');
}

/** How each API's generated file is typed: its paths type and the call options it accepts. */
export const TARGETS = {
  recruspace: {
    typeName: 'RecruspaceResources',
    tableName: 'recruspaceTable',
    paths: 'paths',
    pathsImport: '@ats-sdk/types/recruspace',
    options: 'CallOptions',
  },
  'unified-ats': {
    typeName: 'UnifiedAtsResources',
    tableName: 'unifiedAtsTable',
    paths: 'UnifiedAtsPaths',
    pathsImport: '../unified-ats.js',
    options: 'IdempotentCallOptions',
  },
};

export const header = (api) =>
  `// Generated by packages/client/scripts/generate-resources.mjs from spec/${api}/openapi.yaml.\n` +
  '// Do not edit by hand: change the spec (or the naming rule in scripts/render-resources.mjs) and run `pnpm generate`.\n';

/** The text of src/resources/<api>.ts, from the bundled spec of `api` (e.g. `recruspace`). */
export function renderResources(api, target = TARGETS[api]) {
  if (!target) throw new Error(`No resource target for API ${api}: add it to TARGETS in render-resources.mjs`);
  const spec = JSON.parse(readFileSync(bundlePath(api), 'utf8'));
  const resolve = resolver(spec);
  // First the resources every operation names on its own; then the names, which may refer to them.
  const operations = Object.values(spec.paths).flatMap((item) => Object.values(item).filter((op) => op?.operationId));
  const known = new Set(operations.map((op) => nameOf(op.operationId, op.tags?.[0] ?? '?').resource));
  const groups = new Map();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op?.operationId) continue;
      const tag = op.tags?.[0];
      if (!tag) throw new Error(`${api}: ${op.operationId} has no tag to group it by`);
      const { resource, method: name } = nameOf(op.operationId, tag, known);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
      const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const query = params.filter((p) => p.in === 'query').map((p) => p.name);
      const content = resolve(op.requestBody)?.content ?? {};
      const multipart = Boolean(content['multipart/form-data']);
      const bodySchema = resolve((content['application/json'] ?? content['multipart/form-data'])?.schema);
      const bodyFields = Object.keys(bodySchema?.properties ?? {});
      const clash = query.find((q) => bodyFields.includes(q));
      if (clash) throw new Error(`${api}: ${op.operationId} has \`${clash}\` in both its query and its body`);
      const files = Object.entries(bodySchema?.properties ?? {})
        .filter(([, s]) => resolve(s).format === 'binary' || resolve(s).contentMediaType === 'application/octet-stream')
        .map(([field]) => field);
      const ok = resolve(Object.entries(op.responses ?? {}).find(([status]) => /^2/.test(status))?.[1]);
      const list = method === 'get' && isListEnvelope(ok?.content?.['application/json']?.schema, resolve);
      const flags = (query.length ? QUERY : 0) | (bodySchema ? BODY : 0) | (multipart ? MULTIPART : 0) | (list ? LIST : 0);
      // Only what the runtime needs: query names when a body shares the object, file fields to convert.
      const extra = [bodySchema && query.length ? query.join(',') : '', multipart ? files.join(',') : ''];
      if (!groups.has(resource)) groups.set(resource, new Map());
      const group = groups.get(resource);
      if (group.has(name)) throw new Error(`${api}: ${op.operationId} and ${group.get(name).op.operationId} are both ${resource}.${name}`);
      group.set(name, { op, method: method.toUpperCase(), path, pathNames, flags, extra, list, multipart });
    }
  }

  const out = [header(api)];
  out.push(`import type { ${target.paths} } from '${target.pathsImport}';`);
  out.push(`import type { ApiPromise, InputArgs, ListOptions, PagePromise, PathParam } from '../core/resources.js';`);
  out.push(`import type { ${target.options} } from '../core/types.js';`);
  out.push('');
  out.push(`type Op<Path extends keyof ${target.paths}, Method extends keyof ${target.paths}[Path]> = ${target.paths}[Path][Method];`);
  out.push('');
  out.push(`/** Every ${spec.info?.title ?? api} operation as a method, grouped by resource. */`);
  out.push(`export interface ${target.typeName} {`);
  for (const [resource, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${resource}: {`);
    for (const [name, g] of [...group].sort(([a], [b]) => a.localeCompare(b))) {
      const opType = `Op<'${g.path}', '${g.method.toLowerCase()}'>`;
      const positional = g.pathNames.map((p) => `${p}: PathParam<${opType}, '${p}'>`);
      const result = g.list ? `PagePromise<${opType}>` : `ApiPromise<${opType}>`;
      out.push(jsdoc(g.op, g.method, g.path, '    '));
      const options = g.list ? `ListOptions<${target.options}>` : target.options;
      out.push(`    ${name}(${[...positional, `...args: InputArgs<${opType}, ${options}>`].join(', ')}): ${result};`);
    }
    out.push('  };');
  }
  out.push('}');
  out.push('');
  out.push('/** What the runtime binds each method from: operationId, route, flags, and query names or file fields. */');
  out.push(`export const ${target.tableName} = {`);
  for (const [resource, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${resource}: {`);
    for (const [name, g] of [...group].sort(([a], [b]) => a.localeCompare(b))) {
      const row = [JSON.stringify(g.op.operationId), JSON.stringify(`${g.method} ${g.path}`), String(g.flags)];
      if (g.extra[1]) row.push(JSON.stringify(g.extra[0]), JSON.stringify(g.extra[1]));
      else if (g.extra[0]) row.push(JSON.stringify(g.extra[0]));
      out.push(`    ${name}: [${row.join(', ')}],`);
    }
    out.push('  },');
  }
  out.push('} as const;');
  out.push('');
  return out.join('\n');
}
