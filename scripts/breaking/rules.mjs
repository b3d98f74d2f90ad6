// The rules of the gate: Optic's standard `breaking-changes` ruleset does the diff and most of the
// judging; this file names its findings, says whom each one breaks, and adds the rules Optic lacks:
// auth, null and narrowing through a union, closed enums opened, request constraints tightened,
// request properties removed (the mock closes request schemas), request bodies made required, media
// types and response headers removed, named mock examples removed and operationIds renamed (the
// generated `operations` type). Each has a case in tests/breaking.
import { PropertyRule, RuleError } from '@useoptic/rulesets-base';
import { BreakingChangesRuleset } from '@useoptic/standard-rulesets';

/**
 * Who a change can break. `client`: code using @ats-sdk/types and @ats-sdk/client (compile-time types
 * and runtime handling). `mock`: anyone driving @ats-sdk/mock-server over HTTP (it validates requests
 * against the spec and answers from its schemas and named examples).
 */
export const CLIENT = 'client';
export const MOCK = 'mock';
const BOTH = [CLIENT, MOCK];

/** Optic rule name (or name pattern) → our stable rule id and the audiences it breaks. */
const opticRules = [
  [/^prevent operation removal$/, 'operation-removed', BOTH],
  [/^prevent removing response property$/, 'response-property-removed', BOTH],
  [/^prevent making response property optional$/, 'response-property-made-optional', BOTH],
  [/^prevent response property type changes$/, 'response-property-type-changed', BOTH],
  [/^prevent narrowing in response union types$/, 'response-union-changed', BOTH],
  [/^prevent response status code removal$/, 'response-status-removed', BOTH],
  [/^prevent changing request property to required$/, 'request-property-required', BOTH],
  [/^prevent request property type changes$/, 'request-property-narrowed', BOTH],
  [/^prevent expanded in request union types$/, 'request-union-narrowed', BOTH],
  [/^prevent new required \w+ parameters$/, 'request-parameter-added-required', BOTH],
  [/^prevent requiring existing \w+ parameters$/, 'request-parameter-made-required', BOTH],
  [/^prevent \w+ parameters type changes$/, 'request-parameter-type-changed', BOTH],
  [/^prevent \w+ parameters enum breaking changes$/, 'request-parameter-enum-narrowed', BOTH],
];

/** Names one Optic result. Its property-enum rule covers both directions, so the pointer decides. */
export function classifyOptic(opticName, pointer) {
  if (opticName === 'request and response property enums') {
    return pointer.includes('/requestBody/')
      ? { rule: 'request-enum-narrowed', audiences: BOTH }
      : { rule: 'response-enum-widened', audiences: BOTH };
  }
  for (const [pattern, rule, audiences] of opticRules) {
    if (pattern.test(opticName)) return { rule, audiences };
  }
  // A rule a newer Optic adds: still breaking, under a name derived from its own.
  return { rule: opticName.toLowerCase().replace(/[^a-z0-9]+/g, '-'), audiences: BOTH };
}

const acceptsNull = (schema) =>
  Boolean(schema) &&
  (schema.type === 'null' ||
    (Array.isArray(schema.type) && schema.type.includes('null')) ||
    schema.const === null ||
    (Array.isArray(schema.enum) && schema.enum.includes(null)) ||
    [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some(acceptsNull));

/**
 * Optic skips properties inside unions, so `anyOf: [X, {type: 'null'}]` slips past its type rule.
 * `type: [X, 'null']` is caught by Optic as a widened type; this rule names both forms.
 */
const responsePropertyMadeNullable = new PropertyRule({
  name: 'response-property-made-nullable',
  rule: (property) => {
    property.changed((before, after) => {
      if (!('inResponse' in after.location.conceptualLocation)) return;
      if (!acceptsNull(before.raw) && acceptsNull(after.raw)) {
        throw new RuleError({
          message: `response property '${after.value.key}' can now be null; readers that did not expect null break.`,
        });
      }
    });
  },
});

/** The JSON types a schema accepts at its top level, through `type` lists and `anyOf`/`oneOf`. */
const acceptedTypes = (schema) => {
  if (!schema) return new Set();
  const own = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((branch) => [...acceptedTypes(branch)]);
  return new Set([...own, ...branches, ...(acceptsNull(schema) ? ['null'] : [])]);
};

/**
 * Optic skips request properties inside unions, so `anyOf: [string, null]` → `string`, or a union
 * that loses a branch type, passed. Callers sending the dropped type are now rejected.
 */
const requestPropertyNarrowedInUnion = new PropertyRule({
  name: 'request-property-narrowed',
  rule: (property) => {
    property.changed((before, after) => {
      if (!('inRequest' in after.location.conceptualLocation)) return;
      const was = acceptedTypes(before.raw);
      const now = acceptedTypes(after.raw);
      if (!now.size) return; // no type constraint left: nothing is rejected for its type
      const dropped = [...was].filter((type) => !now.has(type) && !(type === 'integer' && now.has('number')));
      if (dropped.length) {
        throw new RuleError({
          message: `request property '${after.value.key}' no longer accepts ${dropped.join(', ')}; callers that send it are rejected.`,
        });
      }
    });
  },
});

/** Upper bounds (lower is narrower), lower bounds (higher is narrower) and exact-match keywords. */
const upperBounds = ['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum'];
const lowerBounds = ['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum'];
const exactKeywords = ['pattern', 'format', 'multipleOf'];

/** The JSON Schema constraints a request value meets before but may fail after. */
function tightenedConstraints(was, now) {
  const tightened = [];
  for (const key of upperBounds) {
    if (typeof now?.[key] === 'number' && !(typeof was?.[key] === 'number' && was[key] <= now[key])) tightened.push(key);
  }
  for (const key of lowerBounds) {
    if (typeof now?.[key] === 'number' && !(typeof was?.[key] === 'number' && was[key] >= now[key])) tightened.push(key);
  }
  for (const key of exactKeywords) {
    if (now?.[key] !== undefined && now[key] !== was?.[key]) tightened.push(key);
  }
  return tightened;
}

/** Optic compares request types and enums, not constraints: a shorter maxLength passed. */
const requestConstraintTightened = new PropertyRule({
  name: 'request-constraint-tightened',
  rule: (property) => {
    property.changed((before, after) => {
      if (!('inRequest' in after.location.conceptualLocation)) return;
      const tightened = tightenedConstraints(before.raw, after.raw);
      if (tightened.length) {
        throw new RuleError({
          message: `request property '${after.value.key}' has a tighter ${tightened.join(', ')}; values that were valid are now rejected.`,
        });
      }
    });
  },
});

const closedValues = (schema) =>
  Array.isArray(schema?.enum) ? schema.enum : schema && 'const' in schema ? [schema.const] : undefined;

/**
 * Optic checks response enums only while the new schema still has one, so a closed enum that becomes
 * open (the `anyOf` shape of spec/CONVENTIONS.md) or disappears passes. Readers that handled every
 * value exhaustively break either way.
 */
const responseEnumOpened = new PropertyRule({
  name: 'response-enum-widened',
  rule: (property) => {
    property.changed((before, after) => {
      if (!('inResponse' in after.location.conceptualLocation)) return;
      if (closedValues(before.raw) && !closedValues(after.raw)) {
        throw new RuleError({
          message: `response property '${after.value.key}' had a closed list of values (${closedValues(before.raw).join(', ')}) and now accepts others; exhaustive handling in callers breaks.`,
        });
      }
    });
  },
});

/**
 * The mock serves a closed copy of every schema (spec/CONVENTIONS.md), request bodies included, so a
 * request property that disappears turns requests that send it into 400s; the generated request type
 * loses it too, and object literals that still set it stop compiling. Optic treats this as harmless.
 */
const requestPropertyRemoved = new PropertyRule({
  name: 'request-property-removed',
  rule: (property) => {
    property.removed((before) => {
      if (!('inRequest' in before.location.conceptualLocation)) return;
      throw new RuleError({
        message: `request property '${before.value.key}' was removed: the mock now rejects requests that send it, and typed callers that set it no longer compile.`,
      });
    });
  },
});

/** The rule runner input: Optic's standard ruleset plus the property rules above. */
export const opticRulesets = () => [
  new BreakingChangesRuleset(),
  responsePropertyMadeNullable,
  responseEnumOpened,
  requestPropertyRemoved,
  requestPropertyNarrowedInUnion,
  requestConstraintTightened,
];

/** Rule ids of our PropertyRule results (they come back through Optic's runner). */
export const ownPropertyRules = {
  'response-property-made-nullable': BOTH,
  'response-enum-widened': BOTH,
  'request-property-removed': BOTH,
  'request-property-narrowed': BOTH,
  'request-constraint-tightened': BOTH,
};

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const escape = (segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every operation in a dereferenced document, keyed `METHOD path`. */
export function operationsOf(doc) {
  const out = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of methods) {
      const op = item?.[method];
      if (op) out.set(`${method.toUpperCase()} ${path}`, { op, item, pointer: `/paths/${escape(path)}/${method}` });
    }
  }
  return out;
}

const canonical = (value) => JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));

/** What a client must send for a scheme; descriptions and hints (`bearerFormat`) do not count. */
const schemeShape = (scheme) =>
  scheme && {
    type: scheme.type,
    in: scheme.in,
    // Header names are case-insensitive; query and cookie names are not.
    name: scheme.type !== 'apiKey' ? undefined : scheme.in === 'header' ? scheme.name?.toLowerCase() : scheme.name,
    scheme: scheme.scheme?.toLowerCase(),
    openIdConnectUrl: scheme.openIdConnectUrl,
    flows: Object.fromEntries(
      Object.entries(scheme.flows ?? {}).map(([flow, { authorizationUrl, tokenUrl, scopes }]) => [
        flow,
        { authorizationUrl, tokenUrl, scopes: Object.keys(scopes ?? {}).sort() },
      ]),
    ),
  };

/** The security alternatives of an operation: canonical form (schemes inlined, so renaming a scheme
 * key is harmless) → readable label. */
function effectiveSecurity(doc, op) {
  const requirements = op.security ?? doc.security ?? [];
  const schemes = doc.components?.securitySchemes ?? {};
  const alternatives = new Map();
  for (const requirement of requirements.length ? requirements : [{}]) {
    const entries = Object.entries(requirement).sort(([a], [b]) => a.localeCompare(b));
    const key = canonical(entries.map(([name, scopes]) => ({ scheme: schemeShape(schemes[name]) ?? name, scopes })));
    alternatives.set(key, entries.length ? entries.map(([name]) => name).join(' + ') : 'no authentication');
  }
  return alternatives;
}

const namedExamples = (op) => {
  const names = [];
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    for (const [mediaType, content] of Object.entries(response?.content ?? {})) {
      for (const name of Object.keys(content?.examples ?? {})) {
        names.push({ status, mediaType, name });
      }
    }
  }
  return names;
};

/** An operation's parameters (the path item's, overridden by its own) by `in:name`, with pointers. */
function parametersOf(item, op, opPointer) {
  const itemPointer = opPointer.slice(0, opPointer.lastIndexOf('/'));
  const out = new Map();
  (item?.parameters ?? []).forEach((parameter, i) =>
    out.set(`${parameter.in}:${parameter.name}`, { parameter, pointer: `${itemPointer}/parameters/${i}` }),
  );
  (op.parameters ?? []).forEach((parameter, i) =>
    out.set(`${parameter.in}:${parameter.name}`, { parameter, pointer: `${opPointer}/parameters/${i}` }),
  );
  return out;
}

/**
 * Rules over operations present on both sides, which Optic's ruleset does not have. Each returns
 * findings shaped like the Optic ones (see compare.mjs).
 */
export function operationRules(before, after) {
  const findings = [];
  // Matched as Optic matches them: `/a/{id}` and `/a/{a_id}` are the same operation.
  const template = (key) => key.replace(/\{[^}]*\}/g, '{}');
  const afterOps = new Map([...operationsOf(after)].map(([key, entry]) => [template(key), entry]));
  for (const [key, { op: was, item: wasItem, pointer }] of operationsOf(before)) {
    const { op: now, item: nowItem, pointer: nowPointer } = afterOps.get(template(key)) ?? {};
    if (!now) continue; // Optic reports the removal

    const nowParameters = parametersOf(nowItem, now, nowPointer);
    for (const [id, { parameter }] of parametersOf(wasItem, was, pointer)) {
      const match = nowParameters.get(id);
      const tightened = match ? tightenedConstraints(parameter.schema, match.parameter.schema) : [];
      if (!tightened.length) continue;
      findings.push({
        rule: 'request-constraint-tightened',
        audiences: BOTH,
        operation: key,
        pointer: match.pointer,
        side: 'head',
        message: `${parameter.in} parameter '${parameter.name}' has a tighter ${tightened.join(', ')}; values that were valid are now rejected.`,
      });
    }

    const wasAuth = effectiveSecurity(before, was);
    const nowAuth = effectiveSecurity(after, now);
    const lost = [...wasAuth].filter(([alternative]) => !nowAuth.has(alternative)).map(([, label]) => label);
    if (lost.length) {
      findings.push({
        rule: 'auth-changed',
        audiences: BOTH,
        operation: key,
        pointer: now.security ? `${nowPointer}/security` : after.security ? '/security' : nowPointer,
        side: 'head',
        message: `authentication changed: ${lost.join(', ')} (as defined before) is no longer accepted.`,
      });
    }

    if (was.operationId && was.operationId !== now.operationId) {
      findings.push({
        rule: 'operation-id-changed',
        audiences: [CLIENT],
        operation: key,
        pointer: `${nowPointer}/operationId`,
        side: 'head',
        message: `operationId '${was.operationId}' became '${now.operationId ?? '(none)'}': the generated type operations['${was.operationId}'] disappears.`,
      });
    }

    const wasBody = was.requestBody;
    const nowBody = now.requestBody;
    if (nowBody?.required && !wasBody?.required) {
      findings.push({
        rule: 'request-body-made-required',
        audiences: BOTH,
        operation: key,
        pointer: `${nowPointer}/requestBody/required`,
        side: 'head',
        message: wasBody
          ? 'the request body became required: calls that sent none are now rejected.'
          : 'a required request body was added: calls that sent none are now rejected.',
      });
    }
    for (const mediaType of Object.keys(wasBody?.content ?? {})) {
      if (!nowBody || nowBody.content?.[mediaType]) continue;
      findings.push({
        rule: 'request-media-type-removed',
        audiences: BOTH,
        operation: key,
        pointer: `${pointer}/requestBody/content/${escape(mediaType)}`,
        side: 'base',
        message: `the request body no longer accepts ${mediaType}.`,
      });
    }
    for (const [status, response] of Object.entries(was.responses ?? {})) {
      const nowResponse = now.responses?.[status];
      if (!nowResponse) continue; // Optic reports the status removal
      for (const header of Object.keys(response?.headers ?? {})) {
        const kept = Object.keys(nowResponse.headers ?? {}).some((h) => h.toLowerCase() === header.toLowerCase());
        if (kept) continue;
        findings.push({
          rule: 'response-header-removed',
          audiences: BOTH,
          operation: key,
          pointer: `${pointer}/responses/${escape(status)}/headers/${escape(header)}`,
          side: 'base',
          message: `response ${status} no longer documents the ${header} header; code that reads it gets nothing.`,
        });
      }
      for (const mediaType of Object.keys(response?.content ?? {})) {
        if (nowResponse.content?.[mediaType]) continue;
        findings.push({
          rule: 'response-media-type-removed',
          audiences: BOTH,
          operation: key,
          pointer: `${pointer}/responses/${escape(status)}/content/${escape(mediaType)}`,
          side: 'base',
          message: `response ${status} is no longer sent as ${mediaType}.`,
        });
      }
    }

    const nowExamples = new Set(namedExamples(now).map((e) => `${e.status} ${e.mediaType} ${e.name}`));
    for (const example of namedExamples(was)) {
      if (nowExamples.has(`${example.status} ${example.mediaType} ${example.name}`)) continue;
      if (!now.responses?.[example.status]) continue; // the status removal is reported already
      findings.push({
        rule: 'mock-example-removed',
        audiences: [MOCK],
        operation: key,
        pointer: `${pointer}/responses/${escape(example.status)}/content/${escape(example.mediaType)}/examples/${escape(example.name)}`,
        side: 'base',
        message: `named example '${example.name}' of response ${example.status} was removed: 'Prefer: example=${example.name}' no longer selects it on the mock.`,
      });
    }
  }
  return findings;
}
