import { describe, expectTypeOf, it } from 'vitest';
import type { components as rsComponents } from '@ats-sdk/types/recruspace';
import type { components as uaComponents } from '@ats-sdk/types/unified-ats';
import {
  ApiError,
  createRecruspaceClient,
  createUnifiedAtsClient,
  createRecruspace,
  createUnifiedAts,
  NotFoundError,
  type Paginator,
} from '../src/index.js';

const rs = createRecruspaceClient({ apiKey: 'k', maxRetries: 3, timeoutMs: 10_000, rateLimit: true, logLevel: 'debug' });
const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', rateLimit: { limit: 10, intervalMs: 1000 } });
type RsSchemas = rsComponents['schemas'];
type UaSchemas = uaComponents['schemas'];

describe('throwing form', () => {
  it('resolves data that is never undefined, with the response and request id', async () => {
    const { data, response, requestId } = await rs.throwing.GET('/api/v1/client/candidates/{candidate_id}/', {
      params: { path: { candidate_id: 1 } },
    });
    expectTypeOf(data).toEqualTypeOf<RsSchemas['Candidate']>();
    expectTypeOf(response).toEqualTypeOf<Response>();
    expectTypeOf(requestId).toEqualTypeOf<string | undefined>();
    const created = await ua.throwing.POST('/unified/ats/activities', { body: { candidate_id: 'c1', body: 'Called' } });
    expectTypeOf(created.data).toEqualTypeOf<UaSchemas['Activity']>();
  });

  it('keeps the same path and parameter checks', () => {
    // @ts-expect-error: not a Recruspace path
    void rs.throwing.GET('/api/v1/client/nope/');
    // @ts-expect-error: candidate_id is required
    void rs.throwing.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: {} } });
  });

  it('types a bodiless 204 as undefined', async () => {
    const { data } = await rs.throwing.DELETE('/api/v1/client/talent-pools/{talent_pool_id}/', { params: { path: { talent_pool_id: 1 } } });
    expectTypeOf(data).toEqualTypeOf<undefined>();
  });

  it('error classes carry their fields when narrowed', () => {
    const error: unknown = null;
    if (error instanceof NotFoundError) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>();
      expectTypeOf(error).toExtend<ApiError>();
    }
  });
});

describe('the default form', () => {
  it('exposes the request id next to data and error', async () => {
    const result = await rs.GET('/api/v1/client/companies/users/');
    expectTypeOf(result.requestId).toEqualTypeOf<string | undefined>();
  });

  it('takes per-call retry, timeout, idempotency and signal options', () => {
    void rs.GET('/api/v1/client/talent-pools/', { maxRetries: 0, timeoutMs: 500, signal: AbortSignal.timeout(1000) });
    void ua.POST('/unified/ats/candidates', { body: {}, idempotencyKey: 'my-key' });
    // @ts-expect-error: Recruspace documents no idempotency support
    void rs.POST('/api/v1/client/talent-pools/create/', { body: { name: 'x' }, idempotencyKey: true });
    // @ts-expect-error: idempotencyKey is true or a string
    void ua.POST('/unified/ats/candidates', { body: {}, idempotencyKey: false });
  });
});

describe('paginate', () => {
  it('infers the item type from results[number] (Recruspace) and result[number] (Truto)', () => {
    expectTypeOf(rs.paginate('/api/v1/client/job-posts/')).toEqualTypeOf<Paginator<RsSchemas['JobPost'], RsSchemas['PaginatedJobPostList']>>();
    const candidates = rs.paginate('/api/v1/client/talent-pools/{talent_pool_id}/candidates/', {
      params: { path: { talent_pool_id: 1 }, query: { page_size: 50 } },
      maxItems: 500,
    });
    expectTypeOf(candidates.toArray()).toEqualTypeOf<Promise<RsSchemas['Candidate'][]>>();
    expectTypeOf(ua.paginate('/unified/ats/candidates', { params: { query: { limit: 100 } }, maxPages: 10 })).toEqualTypeOf<
      Paginator<UaSchemas['Candidate'], UaSchemas['CandidateList'] | UaSchemas['CandidateKeyedList']>
    >();
  });

  it('iterates with for await', async () => {
    for await (const job of rs.paginate('/api/v1/client/job-posts/')) expectTypeOf(job).toEqualTypeOf<RsSchemas['JobPost']>();
    for await (const page of ua.paginate('/unified/ats/jobs').pages()) expectTypeOf(page.next_cursor).toEqualTypeOf<string | null>();
  });

  it('accepts only paths whose GET returns a list envelope, with their required parameters', () => {
    // @ts-expect-error: a single candidate, not a list
    void rs.paginate('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: 1 } } });
    // @ts-expect-error: company users come back as a bare array, not a paginated envelope
    void rs.paginate('/api/v1/client/companies/users/');
    // @ts-expect-error: talent_pool_id is required
    void rs.paginate('/api/v1/client/talent-pools/{talent_pool_id}/candidates/');
    // @ts-expect-error: a single Truto candidate
    void ua.paginate('/unified/ats/candidates/{id}', { params: { path: { id: '1' } } });
  });
});

describe('multipart resource methods', () => {
  it('accept a Blob, a File, bytes, or bytes with a name and type, and type the result', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const rsr = createRecruspace({ apiKey: 'k' });
    const uar = createUnifiedAts({ token: 't', integratedAccountId: 'acc' });
    const data = await rsr.candidates.create({
      first_name: 'Jane',
      last_name: 'Doe',
      email: 'jane@example.com',
      cv_file: { data: bytes, filename: 'cv.pdf', contentType: 'application/pdf' },
    });
    expectTypeOf(data).toEqualTypeOf<RsSchemas['CreatedCandidate']>();
    void rsr.files.upload({ file: new Blob([bytes]), folder_key: 'cv' });
    void rsr.files.upload({ file: new File([bytes], 'cv.pdf') }, { maxRetries: 0 });
    const attachment = await uar.attachments.create({ file: bytes, integrated_account_id: 'x' });
    expectTypeOf(attachment).toEqualTypeOf<UaSchemas['Attachment']>();
  });

  it('require the file and the other required fields', () => {
    const rsr = createRecruspace({ apiKey: 'k' });
    // @ts-expect-error: cv_file is required
    void rsr.candidates.create({ first_name: 'Jane', last_name: 'Doe', email: 'jane@example.com' });
    // @ts-expect-error: a string is not a file
    void rsr.files.upload({ file: 'cv.pdf' });
  });
});

describe('10. ApiError.body after instanceof', () => {
  it('is unknown, not any', () => {
    const e: unknown = null;
    if (e instanceof NotFoundError) expectTypeOf(e.body).toBeUnknown();
    if (e instanceof ApiError) expectTypeOf(e.body).toBeUnknown();
  });
});
