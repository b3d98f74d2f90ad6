// Truto write flows kept in memory: created candidates (→ list and get) and applications moved
// to another stage (→ get and list show the new current_stage).
import { json, match, now, type StatefulLayer } from './layer.js';
import type { MockRequest } from '../../engine/types.js';

type Json = Record<string, any>;
const BASE = '/unified/ats';
const CANDIDATE_FIELDS = ['first_name', 'last_name', 'title', 'company', 'locations', 'phones', 'emails'];

export function unifiedAtsState(): StatefulLayer {
  let candidates = new Map<string, Json>();
  let applications = new Map<string, Json>();
  let nextId = 1;

  const listWith = (body: Json, stored: Map<string, Json>) => {
    const fromSpec = (body.result as Json[]).filter((item) => !stored.has(item.id));
    return { ...body, result: [...stored.values(), ...fromSpec] };
  };

  return {
    apply(request: MockRequest, response) {
      const { method, path } = request;
      const body = (request.body ?? {}) as Json;

      if (method === 'POST' && path === `${BASE}/candidates`) {
        const candidate: Json = { ...(response.body as Json), id: `mock-${nextId++}` };
        for (const name of CANDIDATE_FIELDS) if (body[name] !== undefined) candidate[name] = body[name];
        candidate.name = [body.first_name, body.last_name].filter(Boolean).join(' ') || candidate.name;
        candidate.created_at = candidate.updated_at = now();
        candidates.set(candidate.id, candidate);
        return json(response.status, candidate);
      }
      if (method === 'GET' && path === `${BASE}/candidates`) return json(200, listWith(response.body as Json, candidates));
      const candidate = method === 'GET' && match<'id'>(`${BASE}/candidates/{id}`, path);
      if (candidate) return candidates.has(candidate.id) ? json(200, candidates.get(candidate.id)) : undefined;

      if (method === 'POST' && path === `${BASE}/applications/move-stage` && typeof body.application_id === 'string') {
        const application: Json = applications.get(body.application_id) ?? { ...(response.body as Json), id: body.application_id };
        application.current_stage = { id: String(body.stage_id), updated_at: now() };
        application.updated_at = now();
        applications.set(application.id, application);
        return json(response.status, application);
      }
      if (method === 'GET' && path === `${BASE}/applications`) return json(200, listWith(response.body as Json, applications));
      const application = method === 'GET' && match<'id'>(`${BASE}/applications/{id}`, path);
      if (application) return applications.has(application.id) ? json(200, applications.get(application.id)) : undefined;
      return undefined;
    },
    reset() {
      candidates = new Map();
      applications = new Map();
      nextId = 1;
    },
    snapshot() {
      return { candidates: [...candidates.values()], applications: [...applications.values()] };
    },
  };
}
