// Recruspace: what its spec cannot say. Creates live at their own paths (`/talent-pools/create/`,
// `/candidates/add/`, `/manual-add/`, `/job-posts/{hash}/apply/`); job posts are keyed by `hash`;
// a candidate added with `talent_pool_id` joins that pool (its list and `candidate_count` show it);
// add-tag adds to the candidate's `tags`; notes are kept per candidate (the Candidate schema has no
// notes field, so they show in GET /__mock/state); unknown candidates, pools and job posts are 404.
import { RECRUSPACE_MAX_PAGE_SIZE } from '../../recruspace-params.js';
import { pageNumberPage } from '../pagination.js';
import { successExamples } from '../resources.js';
import { objectSchema, shapeObject } from '../schema.js';
import type { Context, Json, Profile } from '../types.js';

const BASE = '/api/v1/client';
const POOLS = `${BASE}/talent-pools`;
const CANDIDATES = `${BASE}/candidates`;
const JOB_POSTS = `${BASE}/job-posts`;

/** Pool id → ids of its candidates. */
const members = (context: Pick<Context, 'extra'>): Map<string, Set<string>> => {
  if (!context.extra.has('talentPoolMembers')) context.extra.set('talentPoolMembers', new Map());
  return context.extra.get('talentPoolMembers');
};
const notes = (context: Pick<Context, 'extra'>): Map<string, Json[]> => {
  if (!context.extra.has('notes')) context.extra.set('notes', new Map());
  return context.extra.get('notes');
};

function join(context: Pick<Context, 'extra' | 'store'>, poolId: unknown, candidateId: unknown) {
  const pool = context.store(POOLS).get(poolId);
  if (!pool) return;
  const set = members(context).get(String(poolId)) ?? new Set<string>();
  set.add(String(candidateId));
  members(context).set(String(poolId), set);
  if (typeof pool.candidate_count === 'number') context.store(POOLS).put({ ...pool, candidate_count: set.size });
}

const successSchema = (context: Context) =>
  objectSchema(context.spec, Object.entries<any>(context.routed.operation.responses).find(([c]) => c.startsWith('2'))?.[1]?.content?.['application/json']?.schema);

export const recruspaceProfile: Profile = {
  aliases: {
    createTalentPool: POOLS,
    createCandidate: CANDIDATES,
    addCandidateToJobPostOrTalentPool: CANDIDATES,
    applyToJobPost: CANDIDATES,
  },
  idField: (collection) => (collection === JOB_POSTS ? 'hash' : 'id'),
  newId: (_collection, counter) => counter,
  pageStyle: 'page',
  defaultPageSize: 10, // DRF's default is per endpoint and undocumented; clients send page_size
  maxPageSize: RECRUSPACE_MAX_PAGE_SIZE,

  handlers: {
    applyToJobPost: (context) =>
      context.store(JOB_POSTS).get(context.routed.pathParams.job_post_id) ? undefined : context.error(404, 'Not found.'),

    listTalentPoolCandidates(context) {
      const poolId = context.routed.pathParams.talent_pool_id;
      if (!context.store(POOLS).get(poolId)) return context.error(404, 'Not found.');
      const candidates = context.store(CANDIDATES);
      const items = [...(members(context).get(String(poolId)) ?? [])].map((id) => candidates.get(id)).filter((c): c is Json => !!c);
      const page = pageNumberPage(context.request, items, context.response.body as Json, 10, RECRUSPACE_MAX_PAGE_SIZE);
      return page.ok ? context.json(200, page.body) : context.error(page.status, page.message);
    },

    searchCandidateByEmail(context) {
      const wanted = String([context.request.query.email].flat()[0] ?? '').toLowerCase();
      const found = context.store(CANDIDATES).values()
        .filter((c) => typeof c.email === 'string' && c.email.toLowerCase().includes(wanted))
        .map((c) => ({ id: c.id, email: c.email }));
      return context.json(200, found);
    },

    addTagToCandidate(context) {
      const candidate = context.store(CANDIDATES).get(context.sent.candidate_id);
      if (!candidate) return context.error(404, 'Not found.');
      const tag = shapeObject(context.spec, successSchema(context), context.sent, { id: context.newId('tags') });
      context.store(CANDIDATES).put({ ...candidate, tags: [...(Array.isArray(candidate.tags) ? candidate.tags : []), tag] });
      return context.json(context.response.status, tag);
    },

    addNoteToCandidate(context) {
      const candidate = context.store(CANDIDATES).get(context.sent.candidate_id);
      if (!candidate) return context.error(404, 'Not found.');
      const now = context.now();
      const schema = successSchema(context);
      const note = shapeObject(context.spec, schema, context.sent, { id: context.newId('notes'), ...('created_at' in (schema?.properties ?? {}) ? { created_at: now, updated_at: now } : {}) });
      const list = notes(context).get(String(candidate.id)) ?? [];
      notes(context).set(String(candidate.id), [...list, note]);
      return context.json(context.response.status, note);
    },
  },

  assigned: (_context, collection) => (collection === POOLS ? { candidate_count: 0 } : collection === CANDIDATES ? { tags: [] } : {}),

  afterCreate(context, collection, object) {
    if (collection === CANDIDATES && context.sent.talent_pool_id !== undefined) join(context, context.sent.talent_pool_id, object.id);
  },

  // The pool in the spec's examples (the talent_pool_id example, 123) holds the example candidates.
  seed(context) {
    const list = context.spec.paths?.[`${POOLS}/{talent_pool_id}/candidates/`]?.get;
    if (!list) return;
    const poolId = [...(list.parameters ?? []), ...(context.spec.paths[`${POOLS}/{talent_pool_id}/candidates/`].parameters ?? [])]
      .map((p: any) => (p.$ref ? context.spec.components?.parameters?.[p.$ref.split('/').pop()] : p))
      .find((p: any) => p?.name === 'talent_pool_id')?.example;
    const page = successExamples(context.spec, { responses: list.responses } as never)[0] as Json | undefined;
    for (const candidate of page?.results ?? []) {
      if (!context.store(CANDIDATES).get(candidate.id)) context.store(CANDIDATES).put(structuredClone(candidate));
      join(context, poolId, candidate.id);
    }
  },
};
