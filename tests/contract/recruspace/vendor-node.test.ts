// Every request shape the vendor's own n8n node sends (recruspace FACTS.md §5 and §9), replayed over
// raw HTTP exactly as the node builds it: the spec (and so the mock) must accept all of them, or it is
// stricter than the API's own integration.
import { describe, expect } from 'vitest';
import { documentedStatuses, responseValidator } from '@ats-sdk/spec/testing';
import { isLive, itWrites, target } from '../support/contract.js';

const api = 'recruspace';
const JOB_POST = 'ab8fefc74a4e436e9462f2952f53cd8c';
const cv = () => new File(['%PDF-1.4 vendor-node replay'], 'cv.pdf', { type: 'application/pdf' });

async function send(path: string, init: { method: string; body?: BodyInit; json?: unknown; auth?: boolean }) {
  const { baseUrl, token } = target(api);
  const headers: Record<string, string> = {};
  if (init.auth !== false) headers.authorization = `Bearer ${token}`;
  let body = init.body;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  return fetch(new URL(path, baseUrl), { method: init.method, headers, body });
}

async function expectAccepted(operationId: string, response: Response) {
  const text = await response.text();
  expect(response.status, `${operationId}: ${response.status} ${text}`).toBeGreaterThanOrEqual(200);
  expect(response.status, `${operationId}: ${response.status} ${text}`).toBeLessThan(300);
  expect(documentedStatuses(api, operationId)).toContain(response.status);
  if (!isLive(api)) expect(response.headers.get('sl-violations'), `${operationId}: request flagged by the mock`).toBeNull();
  const validate = responseValidator(api, operationId, response.status, isLive(api) ? 'live' : 'mock');
  if (validate && text) expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
}

function form(fields: Record<string, string | File>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return body;
}

describe('the vendor n8n node’s requests are accepted', () => {
  itWrites(api, 'create candidate into a job post (multipart, 32-hex job_post, phone_number)', async () => {
    const body = form({ first_name: 'John', last_name: 'Doe', email: 'john.n8n@example.com', cv_file: cv(), job_post: JOB_POST, phone_number: '+1234567890' });
    await expectAccepted('createCandidate', await send('/api/v1/client/candidates/add/', { method: 'POST', body }));
  });

  itWrites(api, 'create candidate into a talent pool (talent_pool_id sent as a decimal string)', async () => {
    const body = form({ first_name: 'John', last_name: 'Doe', email: 'john.n8n@example.com', cv_file: cv(), talent_pool_id: '123' });
    await expectAccepted('createCandidate', await send('/api/v1/client/candidates/add/', { method: 'POST', body }));
  });

  itWrites(api, 'upload a CV to /api/v1/utilities/upload-file/ without Authorization', async () => {
    const body = form({ file: cv(), folder_key: 'cv' });
    await expectAccepted('uploadFileUnscoped', await send('/api/v1/utilities/upload-file/', { method: 'POST', body, auth: false }));
  });

  itWrites(api, 'create a talent pool (JSON {name})', async () => {
    await expectAccepted('createTalentPool', await send('/api/v1/client/talent-pools/create/', { method: 'POST', json: { name: 'n8n pool' } }));
  });

  itWrites(api, 'add a note (JSON {candidate_id, text})', async () => {
    const json = { candidate_id: 123, text: 'Added from n8n' };
    await expectAccepted('addNoteToCandidate', await send('/api/v1/client/candidates/add-note/', { method: 'POST', json }));
  });

  itWrites(api, 'add a note at the undocumented path an older node version used', async () => {
    const json = { candidate_id: 123, text: 'Added from n8n' };
    await expectAccepted('addNoteToCandidateViaIntegration', await send('/api/v1/candidates/integration/add-note/', { method: 'POST', json }));
  });

  itWrites(api, 'subscribe the trigger URL to both events', async () => {
    const json = { target_url: 'https://n8n.example.com/webhook/7f3c2a', events: ['candidate_created', 'candidate_replied_to_email'] };
    await expectAccepted('subscribeWebhook', await send('/api/v1/integrations/webhooks/', { method: 'POST', json }));
  });

  itWrites(api, 'unsubscribe the trigger URL', async () => {
    const json = { target_url: 'https://n8n.example.com/webhook/7f3c2a' };
    await expectAccepted('unsubscribeWebhook', await send('/api/v1/integrations/webhooks/', { method: 'DELETE', json }));
  });

  itWrites(api, 'credential test: GET /api/v1/integrations/api-keys/validate/', async () => {
    await expectAccepted('validateApiKey', await send('/api/v1/integrations/api-keys/validate/', { method: 'GET' }));
  });
});
