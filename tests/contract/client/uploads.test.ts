// The multipart resource methods against the mock's multipart validation: a real file part is
// accepted (201), a missing one is refused (4xx, and on the mock an sl-violations header naming it).
// Blob, File and raw bytes with a filename and content type all go through the same methods.
import { ApiError, toFile } from '@ats-sdk/client';
import { describe, expect, it } from 'vitest';
import { expectDocumentedSuccess, expectRequestError, isLive, itMockOnly, itWrites } from '../support/contract.js';
import { resourceClient } from '../support/resource-calls.js';

const recruspace = () => resourceClient('recruspace');
const unifiedAts = () => resourceClient('unified-ats');

/** A refused call rejects with its ApiError; seen as the `{ error, response }` the checks read. */
async function refused(call: Promise<unknown>): Promise<{ error: unknown; response: Response }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  const { body, status, headers } = error as ApiError;
  return { error: body, response: new Response(null, { status, headers }) };
}

const pdf = () => new TextEncoder().encode('%PDF-1.4 contract-test upload');
const files = {
  'a File': () => new File([pdf()], 'cv.pdf', { type: 'application/pdf' }),
  'a Blob': () => new Blob([pdf()], { type: 'application/pdf' }),
  'bytes with a filename and content type': () => ({ data: pdf(), filename: 'cv.pdf', contentType: 'application/pdf' }),
  'bytes via toFile': () => toFile(pdf(), 'cv.pdf', 'application/pdf'),
};

/** On the mock, a refused request says why in sl-violations; `field` must be named there or in the body. */
function expectViolation(api: 'recruspace' | 'unified-ats', result: { error?: unknown; response: Response }, field: string) {
  if (isLive(api)) return;
  const violations = result.response.headers.get('sl-violations');
  expect(violations, 'the mock reports the violation').not.toBeNull();
  expect(violations).toContain(field);
}

describe('rs.candidates.create (multipart)', () => {
  for (const [kind, file] of Object.entries(files)) {
    itWrites('recruspace', `creates a candidate with the CV as ${kind}`, async () => {
      const result = await recruspace()
        .candidates.create({
          first_name: 'Jane',
          last_name: 'Doe',
          email: 'jane.doe@example.com',
          cv_file: file(),
          talent_pool_id: 123,
        })
        .withResponse();
      expectDocumentedSuccess('recruspace', 'createCandidate', result);
    });
  }

  itMockOnly('recruspace', 'is refused without the CV file, with an sl-violations header naming cv_file', async () => {
    const body = { first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@example.com' } as never;
    const result = await refused(recruspace().candidates.create(body));
    expectRequestError('recruspace', 'createCandidate', result, 'cv_file');
    expectViolation('recruspace', result, 'cv_file');
  });
});

describe('rs.files.upload', () => {
  itWrites('recruspace', 'uploads raw bytes with a filename and content type', async () => {
    const result = await recruspace().files.upload({ file: files['bytes with a filename and content type'](), folder_key: 'cv' }).withResponse();
    expectDocumentedSuccess('recruspace', 'uploadFile', result);
  });

  itMockOnly('recruspace', 'is refused without the file, with an sl-violations header naming file', async () => {
    const result = await refused(recruspace().files.upload({ folder_key: 'cv' } as never));
    expectRequestError('recruspace', 'uploadFile', result, 'file');
    expectViolation('recruspace', result, 'file');
  });
});

describe('ua.attachments.create', () => {
  for (const [kind, file] of Object.entries(files)) {
    itWrites('unified-ats', `uploads ${kind}`, async () => {
      const result = await unifiedAts().attachments.create({ file: file() }).withResponse();
      expectDocumentedSuccess('unified-ats', 'createAttachment', result);
    });
  }

  itMockOnly('unified-ats', 'is refused without the file, with an sl-violations header naming file', async () => {
    const result = await refused(unifiedAts().attachments.create({} as never));
    expectRequestError('unified-ats', 'createAttachment', result, 'file');
    expectViolation('unified-ats', result, 'file');
  });

  it('the methods reach the same client pipeline (a 4xx rejects with the ApiError of the operation)', async () => {
    const error = await unifiedAts().attachments.create({} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBeGreaterThanOrEqual(400);
    expect((error as ApiError).operation).toBe('createAttachment');
  });
});
