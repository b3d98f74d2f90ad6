import { describe, expect, it } from 'vitest';
import { createRecruspaceClient, RECRUSPACE_BASE_URL } from '../src/index.js';

/** A fetch that records each request and answers with a fixed JSON body. */
function recordingFetch(body: unknown = { id: 1 }, status = 200) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}

describe('createRecruspaceClient', () => {
  it('sends the API key as a bearer token to the documented path', async () => {
    const { fetch, requests } = recordingFetch();
    const rs = createRecruspaceClient({ apiKey: 'rs_live_123', baseUrl: 'http://api.test/', fetch });
    const { data } = await rs.GET('/api/v1/client/candidates/{candidate_id}/', {
      params: { path: { candidate_id: 42 } },
    });
    expect(requests[0]?.url).toBe('http://api.test/api/v1/client/candidates/42/');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer rs_live_123');
    expect(data).toEqual({ id: 1 });
  });

  it('defaults to the production server', async () => {
    const { fetch, requests } = recordingFetch([]);
    await createRecruspaceClient({ apiKey: 'k', fetch }).GET('/api/v1/client/talent-pools/');
    expect(requests[0]?.url).toBe(`${RECRUSPACE_BASE_URL}/api/v1/client/talent-pools/`);
  });

  it('serializes query parameters and JSON bodies', async () => {
    const { fetch, requests } = recordingFetch({ id: 7, name: 'Pool' }, 201);
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch });
    await rs.GET('/api/v1/client/candidates/search-by-email/', { params: { query: { email: 'a@b.co' } } });
    const { response } = await rs.POST('/api/v1/client/talent-pools/create/', { body: { name: 'Pool' } });
    expect(requests[0]?.url).toBe('http://api.test/api/v1/client/candidates/search-by-email/?email=a%40b.co');
    expect(await requests[1]?.json()).toEqual({ name: 'Pool' });
    expect(requests[1]?.headers.get('content-type')).toBe('application/json');
    expect(response.status).toBe(201);
  });

  it('sends no Authorization header without a key (requireCredentials: false)', async () => {
    const { fetch, requests } = recordingFetch([]);
    await createRecruspaceClient({ requireCredentials: false, baseUrl: 'http://api.test', fetch }).GET('/api/v1/client/talent-pools/');
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('returns an error status as { error, response } instead of throwing', async () => {
    const { fetch } = recordingFetch({ detail: 'Not found.' }, 404);
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch });
    const { data, error, response } = await rs.GET('/api/v1/client/job-posts/{job_post_id}/', {
      params: { path: { job_post_id: 'abc' } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ detail: 'Not found.' });
    expect(response.status).toBe(404);
  });
});
