// One case per kind of spec edit the issue names: the fixture spec edited once, and the verdict the
// gate must reach — which rules fire, for whom, and at which operation and JSON pointer.
import { describe, expect, it } from 'vitest';
import { changesFor, findingsFor, findingsFrom, type Spec } from '../support/fixture.js';

const candidate = (s: Spec) => s.components.schemas.Candidate;
const createBody = (s: Spec) => s.paths['/candidates'].post.requestBody.content['application/json'].schema;
const listParams = (s: Spec) => s.paths['/candidates'].get.parameters;
const getOne = (s: Spec) => s.paths['/candidates/{candidate_id}'].get;

const both = ['client', 'mock'];

interface BreakingCase {
  name: string;
  edit: (s: Spec) => void;
  rule: string;
  audiences: string[];
  /** One finding the case must produce: its operation and where it points. */
  at: { operation: string; operationId: string; pointer: string };
  /** The edit describes the base; the fixture as written is the head. */
  reverse?: boolean;
}

const breaking: BreakingCase[] = [
  {
    name: 'an operation removed',
    edit: (s) => delete s.paths['/candidates/{candidate_id}'],
    rule: 'operation-removed',
    audiences: both,
    at: { operation: 'GET /candidates/{candidate_id}', operationId: 'getCandidate', pointer: '/paths/~1candidates~1{candidate_id}/get' },
  },
  {
    name: 'a path renamed',
    edit: (s) => {
      s.paths['/people'] = s.paths['/candidates'];
      delete s.paths['/candidates'];
    },
    rule: 'operation-removed',
    audiences: both,
    at: { operation: 'POST /candidates', operationId: 'createCandidate', pointer: '/paths/~1candidates/post' },
  },
  {
    name: 'a response property removed',
    edit: (s) => delete candidate(s).properties.email,
    rule: 'response-property-removed',
    audiences: both,
    at: {
      operation: 'GET /candidates/{candidate_id}',
      operationId: 'getCandidate',
      pointer: '/paths/~1candidates~1{candidate_id}/get/responses/200/content/application~1json/schema/properties/email',
    },
  },
  {
    name: 'a response property made optional',
    edit: (s) => (candidate(s).required = ['id', 'stage']),
    rule: 'response-property-made-optional',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/responses/201/content/application~1json/schema/properties/name',
    },
  },
  {
    name: 'a response property made nullable (type list)',
    edit: (s) => (candidate(s).properties.name.type = ['string', 'null']),
    rule: 'response-property-made-nullable',
    audiences: both,
    at: {
      operation: 'GET /candidates/{candidate_id}',
      operationId: 'getCandidate',
      pointer: '/paths/~1candidates~1{candidate_id}/get/responses/200/content/application~1json/schema/properties/name',
    },
  },
  {
    name: 'a response property made nullable (anyOf with null, which Optic skips)',
    edit: (s) => (candidate(s).properties.score = { anyOf: [{ type: 'integer' }, { type: 'null' }] }),
    rule: 'response-property-made-nullable',
    audiences: both,
    at: {
      operation: 'GET /candidates',
      operationId: 'listCandidates',
      pointer: '/paths/~1candidates/get/responses/200/content/application~1json/schema/properties/data/items/properties/score',
    },
  },
  {
    name: 'a response property type changed',
    edit: (s) => (candidate(s).properties.id.type = 'string'),
    rule: 'response-property-type-changed',
    audiences: both,
    at: {
      operation: 'GET /candidates/{candidate_id}',
      operationId: 'getCandidate',
      pointer: '/paths/~1candidates~1{candidate_id}/get/responses/200/content/application~1json/schema/properties/id',
    },
  },
  {
    name: 'a response property type widened',
    edit: (s) => (candidate(s).properties.score.type = 'number'),
    rule: 'response-property-type-changed',
    audiences: both,
    at: {
      operation: 'GET /candidates/{candidate_id}',
      operationId: 'getCandidate',
      pointer: '/paths/~1candidates~1{candidate_id}/get/responses/200/content/application~1json/schema/properties/score',
    },
  },
  {
    name: 'a value removed from a request body enum',
    edit: (s) => (createBody(s).properties.source.enum = ['referral']),
    rule: 'request-enum-narrowed',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/requestBody/content/application~1json/schema/properties/source',
    },
  },
  {
    name: 'a value removed from a query parameter enum',
    edit: (s) => (listParams(s)[0].schema.enum = ['active']),
    rule: 'request-parameter-enum-narrowed',
    audiences: both,
    at: { operation: 'GET /candidates', operationId: 'listCandidates', pointer: '/paths/~1candidates/get/parameters/0' },
  },
  {
    name: 'a value added to a closed response enum',
    edit: (s) => candidate(s).properties.stage.enum.push('rejected'),
    rule: 'response-enum-widened',
    audiences: both,
    at: {
      operation: 'GET /candidates/{candidate_id}',
      operationId: 'getCandidate',
      pointer: '/paths/~1candidates~1{candidate_id}/get/responses/200/content/application~1json/schema/properties/stage',
    },
  },
  {
    name: 'a closed response enum made open (anyOf with any string)',
    edit: (s) => (candidate(s).properties.stage = { anyOf: [{ type: 'string', enum: ['new', 'hired'] }, { type: 'string' }] }),
    rule: 'response-enum-widened',
    audiences: both,
    at: {
      operation: 'GET /candidates/{candidate_id}',
      operationId: 'getCandidate',
      pointer: '/paths/~1candidates~1{candidate_id}/get/responses/200/content/application~1json/schema/properties/stage',
    },
  },
  {
    name: 'a closed response enum dropped',
    edit: (s) => delete candidate(s).properties.stage.enum,
    rule: 'response-enum-widened',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/responses/201/content/application~1json/schema/properties/stage',
    },
  },
  {
    name: 'a request property added as required',
    edit: (s) => {
      createBody(s).properties.phone = { type: 'string' };
      createBody(s).required.push('phone');
    },
    rule: 'request-property-required',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/requestBody/content/application~1json/schema/properties/phone',
    },
  },
  {
    name: 'a request property made required',
    edit: (s) => createBody(s).required.push('email'),
    rule: 'request-property-required',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/requestBody/content/application~1json/schema/properties/email',
    },
  },
  {
    name: 'a query parameter added as required',
    edit: (s) => listParams(s).push({ name: 'org', in: 'query', required: true, schema: { type: 'string' } }),
    rule: 'request-parameter-added-required',
    audiences: both,
    at: { operation: 'GET /candidates', operationId: 'listCandidates', pointer: '/paths/~1candidates/get/parameters/2' },
  },
  {
    name: 'a query parameter made required',
    edit: (s) => (listParams(s)[1].required = true),
    rule: 'request-parameter-made-required',
    audiences: both,
    at: { operation: 'GET /candidates', operationId: 'listCandidates', pointer: '/paths/~1candidates/get/parameters/1' },
  },
  {
    name: 'a request property type narrowed',
    edit: (s) => (createBody(s).properties.years_of_experience.type = 'integer'),
    rule: 'request-property-narrowed',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/requestBody/content/application~1json/schema/properties/years_of_experience',
    },
  },
  {
    name: 'a request property no longer nullable (anyOf with null, which Optic skips)',
    edit: (s) => (createBody(s).properties.email = { anyOf: [{ type: 'string' }, { type: 'null' }] }),
    rule: 'request-property-narrowed',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/requestBody/content/application~1json/schema/properties/email',
    },
    reverse: true,
  },
  {
    name: 'a request union that loses a type',
    edit: (s) => (createBody(s).properties.email = { anyOf: [{ type: 'string' }, { type: 'integer' }] }),
    rule: 'request-property-narrowed',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/requestBody/content/application~1json/schema/properties/email',
    },
    reverse: true,
  },
  {
    name: 'a request property constraint tightened (maxLength lowered)',
    edit: (s) => (createBody(s).properties.name.maxLength = 500),
    rule: 'request-constraint-tightened',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/requestBody/content/application~1json/schema/properties/name',
    },
    reverse: true,
  },
  {
    name: 'a request property constraint added (minimum, pattern)',
    edit: (s) => {
      createBody(s).properties.years_of_experience.minimum = 1;
      createBody(s).properties.email.pattern = '^[^@]+@[^@]+$';
    },
    rule: 'request-constraint-tightened',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/requestBody/content/application~1json/schema/properties/email',
    },
  },
  {
    name: 'a query parameter constraint added (maximum)',
    edit: (s) => (listParams(s)[1].schema.maximum = 50),
    rule: 'request-constraint-tightened',
    audiences: both,
    at: { operation: 'GET /candidates', operationId: 'listCandidates', pointer: '/paths/~1candidates/get/parameters/1' },
  },
  {
    name: 'a request property removed (the closed mock schema rejects it)',
    edit: (s) => delete createBody(s).properties.email,
    rule: 'request-property-removed',
    audiences: both,
    at: {
      operation: 'POST /candidates',
      operationId: 'createCandidate',
      pointer: '/paths/~1candidates/post/requestBody/content/application~1json/schema/properties/email',
    },
  },
  {
    name: 'the request body made required',
    edit: (s) => (s.paths['/candidates'].post.requestBody.required = false),
    rule: 'request-body-made-required',
    audiences: both,
    at: { operation: 'POST /candidates', operationId: 'createCandidate', pointer: '/paths/~1candidates/post/requestBody/required' },
    reverse: true,
  },
  {
    name: 'a request media type replaced',
    edit: (s) => {
      const body = s.paths['/candidates'].post.requestBody;
      body.content['multipart/form-data'] = body.content['application/json'];
      delete body.content['application/json'];
    },
    rule: 'request-media-type-removed',
    audiences: both,
    at: { operation: 'POST /candidates', operationId: 'createCandidate', pointer: '/paths/~1candidates/post/requestBody/content/application~1json' },
  },
  {
    name: 'a response media type replaced',
    edit: (s) => {
      const content = getOne(s).responses['200'].content;
      content['application/problem+json'] = content['application/json'];
      delete content['application/json'];
    },
    rule: 'response-media-type-removed',
    audiences: both,
    at: {
      operation: 'GET /candidates/{candidate_id}',
      operationId: 'getCandidate',
      pointer: '/paths/~1candidates~1{candidate_id}/get/responses/200/content/application~1json',
    },
  },
  {
    name: 'a response header removed',
    edit: (s) => delete s.paths['/candidates'].get.responses['200'].headers['X-RateLimit-Remaining'],
    rule: 'response-header-removed',
    audiences: both,
    at: { operation: 'GET /candidates', operationId: 'listCandidates', pointer: '/paths/~1candidates/get/responses/200/headers/X-RateLimit-Remaining' },
  },
  {
    name: 'a status code removed',
    edit: (s) => delete getOne(s).responses['404'],
    rule: 'response-status-removed',
    audiences: both,
    at: { operation: 'GET /candidates/{candidate_id}', operationId: 'getCandidate', pointer: '/paths/~1candidates~1{candidate_id}/get/responses/404' },
  },
  {
    name: 'auth changed: the API key header renamed',
    edit: (s) => (s.components.securitySchemes.apiKey.name = 'Authorization'),
    rule: 'auth-changed',
    audiences: both,
    at: { operation: 'GET /candidates', operationId: 'listCandidates', pointer: '/security' },
  },
  {
    name: 'auth changed: a public operation now needs a key',
    edit: (s) => delete s.paths['/health'].get.security,
    rule: 'auth-changed',
    audiences: both,
    at: { operation: 'GET /health', operationId: 'getHealth', pointer: '/security' },
  },
  {
    name: 'an operationId renamed (the generated operations type loses its key)',
    edit: (s) => (s.paths['/candidates'].get.operationId = 'listPeople'),
    rule: 'operation-id-changed',
    audiences: ['client'],
    at: { operation: 'GET /candidates', operationId: 'listPeople', pointer: '/paths/~1candidates/get/operationId' },
  },
  {
    name: 'a named response example removed (Prefer: example=… on the mock)',
    edit: (s) => delete getOne(s).responses['200'].content['application/json'].examples.fresh,
    rule: 'mock-example-removed',
    audiences: ['mock'],
    at: {
      operation: 'GET /candidates/{candidate_id}',
      operationId: 'getCandidate',
      pointer: '/paths/~1candidates~1{candidate_id}/get/responses/200/content/application~1json/examples/fresh',
    },
  },
];

const nonBreaking: { name: string; edit: (s: Spec) => void }[] = [
  { name: 'an operation added', edit: (s) => (s.paths['/jobs'] = { get: { operationId: 'listJobs', responses: { '200': { description: 'Jobs.' } } } }) },
  { name: 'an optional request property added', edit: (s) => (createBody(s).properties.phone = { type: 'string' }) },
  { name: 'an optional query parameter added', edit: (s) => listParams(s).push({ name: 'q', in: 'query', schema: { type: 'string' } }) },
  { name: 'a response property added', edit: (s) => (candidate(s).properties.phone = { type: 'string' }) },
  { name: 'a response header added', edit: (s) => (getOne(s).responses['200'].headers = { ETag: { schema: { type: 'string' } } }) },
  { name: 'a response header renamed only in case', edit: (s) => {
      const headers = s.paths['/candidates'].get.responses['200'].headers;
      headers['x-ratelimit-remaining'] = headers['X-RateLimit-Remaining'];
      delete headers['X-RateLimit-Remaining'];
    } },
  { name: 'a response status added', edit: (s) => (s.paths['/candidates'].get.responses['429'] = { description: 'Slow down.' }) },
  { name: 'a value added to an open response enum', edit: (s) => candidate(s).properties.status.anyOf[0].enum.push('draft') },
  { name: 'a value added to a request enum', edit: (s) => createBody(s).properties.source.enum.push('agency') },
  { name: 'a request property made optional', edit: (s) => (createBody(s).required = []) },
  { name: 'a request constraint loosened (maxLength raised)', edit: (s) => (createBody(s).properties.name.maxLength = 500) },
  { name: 'a request property that now also accepts null (type list)', edit: (s) => (createBody(s).properties.email.type = ['string', 'null']) },
  { name: 'a response property made required', edit: (s) => candidate(s).required.push('email') },
  { name: 'a named example added', edit: (s) => (getOne(s).responses['200'].content['application/json'].examples.third = { value: { id: 3, name: 'Lin', stage: 'new' } }) },
  { name: 'a security scheme renamed with the same definition', edit: (s) => {
      s.components.securitySchemes.key = s.components.securitySchemes.apiKey;
      delete s.components.securitySchemes.apiKey;
      s.security = [{ key: [] }];
    } },
  { name: "a security scheme's description changed", edit: (s) => (s.components.securitySchemes.apiKey.description = 'Your key, from the settings page.') },
  { name: 'a description changed', edit: (s) => (getOne(s).responses['200'].description = 'The candidate, in full.') },
];

describe('breaking edits', () => {
  it.each(breaking)('$name → $rule', async ({ edit, rule, audiences, at, reverse }) => {
    const findings = reverse ? await findingsFrom(edit) : await findingsFor(edit);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.rule === rule).map((f) => ({ operation: f.operation, operationId: f.operationId, pointer: f.pointer }))).toContainEqual(at);
    for (const finding of findings.filter((f) => f.rule === rule)) expect(finding.audiences).toEqual(audiences);
  });
});

describe('non-breaking edits', () => {
  it.each(nonBreaking)('$name → nothing breaking', async ({ edit }) => {
    expect(await findingsFor(edit)).toEqual([]);
  });
});

describe('reporting', () => {
  it('lists every changed operation, breaking or not, and what changed outside operations', async () => {
    const changes = await changesFor((s) => {
      s.paths['/jobs'] = { get: { operationId: 'listJobs', responses: { '200': { description: 'Jobs.' } } } };
      createBody(s).properties.phone = { type: 'string' };
      delete s.paths['/health'];
      s.info.version = '1.1.0';
      candidate(s).properties.phone = { type: 'string' };
    });
    expect(changes.operations).toEqual([
      { operation: 'GET /candidates', operationId: 'listCandidates', change: 'changed', differences: 1 },
      { operation: 'GET /candidates/{candidate_id}', operationId: 'getCandidate', change: 'changed', differences: 1 },
      { operation: 'GET /health', operationId: 'getHealth', change: 'removed', differences: 1 },
      { operation: 'GET /jobs', operationId: 'listJobs', change: 'added', differences: 1 },
      { operation: 'POST /candidates', operationId: 'createCandidate', change: 'changed', differences: 2 },
    ]);
    // The Candidate component changed too, but it is counted in the operations that return it.
    expect(changes.outside).toEqual(['info']);
  });

  it('follows an operation through a renamed path parameter, as Optic does', async () => {
    const findings = await findingsFor((s) => {
      const item = s.paths['/candidates/{candidate_id}'];
      delete s.paths['/candidates/{candidate_id}'];
      item.get.parameters[0].name = 'id';
      item.get.operationId = 'getPerson';
      s.paths['/candidates/{id}'] = item;
    });
    expect(findings.map((f) => [f.rule, f.pointer])).toEqual([['operation-id-changed', '/paths/~1candidates~1{id}/get/operationId']]);
  });

  it('says where a finding is written in the bundle, through its $refs', async () => {
    const findings = await findingsFor((s) => delete candidate(s).properties.email);
    expect(findings.map((f) => f.definedAt)).toEqual(Array(3).fill('/components/schemas/Candidate/properties/email'));
  });

  it('reports a removed operation once, not once per property below it', async () => {
    const findings = await findingsFor((s) => delete s.paths['/candidates/{candidate_id}']);
    expect(findings.map((f) => f.rule)).toEqual(['operation-removed']);
  });

  it('reports a replaced response media type once, not once per property or example below it', async () => {
    const findings = await findingsFor((s) => {
      const content = getOne(s).responses['200'].content;
      content['text/plain'] = content['application/json'];
      delete content['application/json'];
    });
    expect(findings.map((f) => f.rule)).toEqual(['response-media-type-removed']);
  });
});
