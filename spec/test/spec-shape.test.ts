// Project rules that Redocly's lint cannot express, checked on the bundled specs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundlePath } from '../scripts/apis.mjs';

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

const EXPECTED_OPERATIONS: Record<string, string[]> = {
  recruspace: [
    'getCandidate', 'createCandidate', 'addNoteToCandidate', 'addTagToCandidate',
    'addCandidateToJobPostOrTalentPool', 'searchCandidateByEmail', 'listCompanyOffices', 'listCompanyUsers',
    'listJobPosts', 'getJobPost', 'applyToJobPost', 'listJobPostQuestions', 'listTalentPools',
    'updateTalentPool', 'deleteTalentPool', 'listTalentPoolCandidates', 'createTalentPool', 'uploadFile',
    // secondary: known only from the vendor's n8n node
    'uploadFileUnscoped', 'subscribeWebhook', 'unsubscribeWebhook', 'validateApiKey', 'addNoteToCandidateViaIntegration',
  ],
  'unified-ats': [
    'listActivities', 'createActivity', 'listApplications', 'getApplication', 'moveApplicationStage',
    'rejectApplication', 'downloadAttachment', 'listAttachments', 'createAttachment', 'listCandidates',
    'getCandidate', 'createCandidate', 'listDepartments', 'getDepartment', 'listEeocs', 'getEeoc',
    'listInterviews', 'getInterview', 'listJobFormFields', 'listJobInterviewStages', 'getJobInterviewStage',
    'listJobs', 'getJob', 'listOffers', 'listOffices', 'getOffice', 'listOrganizations', 'getOrganization',
    'listRejectReasons', 'listScorecards', 'listTags', 'listUsers', 'getUser',
  ],
};

function operations(spec: Json) {
  return Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as Json, shared: item.parameters ?? [] })),
  );
}

const resolve = (spec: Json, node: Json): Json =>
  node.$ref ? resolve(spec, node.$ref.slice(2).split('/').reduce((n: Json, k: string) => n[k.replaceAll('~1', '/')], spec)) : node;

describe.each(Object.keys(EXPECTED_OPERATIONS))('%s spec', (api) => {
  const spec = JSON.parse(readFileSync(bundlePath(api), 'utf8')) as Json;
  const ops = operations(spec);

  it('has exactly the agreed operationIds', () => {
    expect(ops.map((o) => o.op.operationId).sort()).toEqual([...EXPECTED_OPERATIONS[api]!].sort());
  });

  it('gives every response body at least one named example', () => {
    const missing = ops.flatMap(({ op }) =>
      Object.entries<Json>(op.responses).flatMap(([status, response]) =>
        Object.entries<Json>(resolve(spec, response).content ?? {})
          .filter(([, media]) => Object.keys(media.examples ?? {}).length === 0)
          .map(([type]) => `${op.operationId} ${status} ${type}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('gives every parameter an example', () => {
    const missing = ops.flatMap(({ op, shared }) =>
      [...shared, ...(op.parameters ?? [])]
        .map((p: Json) => resolve(spec, p))
        .filter((p: Json) => p.example === undefined && p.examples === undefined)
        .map((p: Json) => `${op.operationId} ${p.in}:${p.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('uses bearer authentication on every operation', () => {
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(spec.security).toEqual([{ bearerAuth: [] }]);
    // The vendor's n8n node sends no Authorization on its upload path, so there it is optional.
    const overrides = ops.filter(({ op }) => op.security !== undefined);
    expect(overrides.map(({ op }) => op.operationId)).toEqual(api === 'recruspace' ? ['uploadFileUnscoped'] : []);
    for (const { op } of overrides) expect(op.security).toEqual([{}, { bearerAuth: [] }]);
  });
});

describe('recruspace webhooks', () => {
  const spec = JSON.parse(readFileSync(bundlePath('recruspace'), 'utf8')) as Json;

  it('describes the deliveries under the OpenAPI 3.1 webhooks key, as secondary, with an open payload', () => {
    expect(Object.keys(spec.webhooks).sort()).toEqual(['candidate_created', 'candidate_replied_to_email']);
    for (const item of Object.values<Json>(spec.webhooks)) {
      expect(item.post['x-provenance'].status).toBe('secondary');
      const schema = resolve(spec, item.post.requestBody.content['application/json'].schema);
      expect(schema.additionalProperties).toBe(true);
      expect(schema.required).toBeUndefined();
    }
  });
});
