// Recruspace write flows kept in memory: talent pools (create, rename, delete → list), candidates
// (create → get and search by email), tags (→ the candidate's `tags`), notes (kept per candidate;
// the documented Candidate has no notes field, so they show in GET /__mock/state only).
import { json, match, noContent, now, specExample, type StatefulLayer } from './layer.js';
import type { MockRequest, MockResponse } from '../../engine/types.js';

type Json = Record<string, any>;
const BASE = '/api/v1/client';

export function recruspaceState(spec: Json): StatefulLayer {
  let pools = new Map<number, Json>();
  let candidates = new Map<number, Json>();
  let notes = new Map<number, Json[]>();
  let nextId = 100_000;

  const seedPools = () => {
    const listed: Json[] = specExample(spec, `${BASE}/talent-pools/`, 'get', 200) ?? [];
    return new Map(listed.map((pool) => [pool.id as number, pool]));
  };
  pools = seedPools();

  const field = (request: MockRequest, name: string): unknown =>
    (request.body as Json | null)?.[name];

  function createCandidate(request: MockRequest, response: MockResponse): MockResponse {
    const id = nextId++;
    const candidate: Json = { ...(response.body as Json), id, tags: [] };
    for (const name of ['email', 'first_name', 'last_name', 'phone_number']) {
      const value = field(request, name);
      if (typeof value === 'string') candidate[name] = value;
    }
    candidate.created_at = candidate.updated_at = now();
    candidates.set(id, candidate);
    return json(response.status, candidate);
  }

  return {
    apply(request, response) {
      const { method, path } = request;
      const body = (request.body ?? {}) as Json;

      if (method === 'POST' && path === `${BASE}/talent-pools/create/`) {
        const pool = { ...(response.body as Json), id: nextId++, name: body.name, candidate_count: 0, created_at: now() };
        pools.set(pool.id, pool);
        return json(response.status, pool);
      }
      if (method === 'GET' && path === `${BASE}/talent-pools/`) return json(200, [...pools.values()]);

      const pool = match<'id'>(`${BASE}/talent-pools/{id}/`, path);
      if (pool) {
        const id = Number(pool.id);
        const existing = pools.get(id);
        if (!existing) return json(404, { detail: 'Not found.' });
        if (method === 'DELETE') {
          pools.delete(id);
          return noContent();
        }
        if (method === 'PATCH') {
          if (typeof body.name === 'string') existing.name = body.name;
          return json(200, existing);
        }
      }

      if (method === 'POST' && [`${BASE}/candidates/add/`, `${BASE}/candidates/manual-add/`].includes(path)) {
        return createCandidate(request, response);
      }
      if (method === 'POST' && match(`${BASE}/job-posts/{job_post_id}/apply/`, path)) return createCandidate(request, response);

      if (method === 'GET' && path === `${BASE}/candidates/search-by-email/`) {
        const wanted = String(request.query.email ?? '').toLowerCase();
        const found = [...candidates.values()]
          .filter((c) => String(c.email).toLowerCase().includes(wanted))
          .map((c) => ({ id: c.id, email: c.email }));
        const examples = (response.body as Json[]).filter((c) => String(c.email).toLowerCase().includes(wanted));
        return json(200, [...found, ...examples]);
      }

      // After search-by-email, whose path would also match {candidate_id}.
      const one = method === 'GET' && match<'candidate_id'>(`${BASE}/candidates/{candidate_id}/`, path);
      if (one) {
        const stored = candidates.get(Number(one.candidate_id));
        return stored ? json(200, stored) : undefined; // ids the mock did not create: the spec's example
      }

      if (method === 'POST' && path === `${BASE}/candidates/add-tag/`) {
        const candidate = candidates.get(Number(body.candidate_id));
        if (!candidate) return undefined;
        const tag = { id: nextId++, title: String(body.title) };
        candidate.tags = [...(candidate.tags ?? []), tag];
        return json(response.status, tag);
      }

      if (method === 'POST' && path === `${BASE}/candidates/add-note/`) {
        const candidateId = Number(body.candidate_id);
        if (!candidates.has(candidateId)) return undefined;
        const note = { ...(response.body as Json), id: nextId++, text: String(body.text), created_at: now(), updated_at: now() };
        notes.set(candidateId, [...(notes.get(candidateId) ?? []), note]);
        return json(response.status, note);
      }
      return undefined;
    },
    reset() {
      pools = seedPools();
      candidates = new Map();
      notes = new Map();
      nextId = 100_000;
    },
    snapshot() {
      return {
        talentPools: [...pools.values()],
        candidates: [...candidates.values()],
        notes: Object.fromEntries(notes),
      };
    },
  };
}
