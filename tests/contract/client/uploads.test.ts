// The upload helpers against the mock's multipart validation: a real file part is accepted (201), a
// missing one is refused (4xx, and on the mock an sl-violations header naming it). Blob, File and
// raw bytes with a filename and content type all go through the same helpers.
import { recruspaceUploads, toFile, unifiedAtsUploads } from '@ats-sdk/client';
import { describe, expect, it } from 'vitest';
import { expectDocumentedSuccess, expectRequestError, isLive, itMockOnly, itWrites, recruspace, unifiedAts } from '../support/contract.js';

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

describe('recruspaceUploads.createCandidate', () => {
  for (const [kind, file] of Object.entries(files)) {
    itWrites('recruspace', `creates a candidate with the CV as ${kind}`, async () => {
      const result = await recruspaceUploads.createCandidate(recruspace(), {
        first_name: 'Jane',
        last_name: 'Doe',
        email: 'jane.doe@example.com',
        cv_file: file(),
        talent_pool_id: 123,
      });
      expectDocumentedSuccess('recruspace', 'createCandidate', result);
    });
  }

  itMockOnly('recruspace', 'is refused without the CV file, with an sl-violations header naming cv_file', async () => {
    const body = { first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@example.com' } as never;
    const result = await recruspaceUploads.createCandidate(recruspace(), body);
    expectRequestError('recruspace', 'createCandidate', result, 'cv_file');
    expectViolation('recruspace', result, 'cv_file');
  });
});

describe('recruspaceUploads.uploadFile', () => {
  itWrites('recruspace', 'uploads raw bytes with a filename and content type', async () => {
    const result = await recruspaceUploads.uploadFile(recruspace(), { file: files['bytes with a filename and content type'](), folder_key: 'cv' });
    expectDocumentedSuccess('recruspace', 'uploadFile', result);
  });

  itMockOnly('recruspace', 'is refused without the file, with an sl-violations header naming file', async () => {
    const result = await recruspaceUploads.uploadFile(recruspace(), { folder_key: 'cv' } as never);
    expectRequestError('recruspace', 'uploadFile', result, 'file');
    expectViolation('recruspace', result, 'file');
  });
});

describe('unifiedAtsUploads.createAttachment', () => {
  for (const [kind, file] of Object.entries(files)) {
    itWrites('unified-ats', `uploads ${kind}`, async () => {
      const result = await unifiedAtsUploads.createAttachment(unifiedAts(), { file: file() });
      expectDocumentedSuccess('unified-ats', 'createAttachment', result);
    });
  }

  itMockOnly('unified-ats', 'is refused without the file, with an sl-violations header naming file', async () => {
    const result = await unifiedAtsUploads.createAttachment(unifiedAts(), {} as never);
    expectRequestError('unified-ats', 'createAttachment', result, 'file');
    expectViolation('unified-ats', result, 'file');
  });

  it('the typed helpers reach the same client pipeline (request id, no throw on 4xx)', async () => {
    const result = await unifiedAtsUploads.createAttachment(unifiedAts(), {} as never);
    expect(result.response.status).toBeGreaterThanOrEqual(400);
    expect('requestId' in result).toBe(true);
  });
});
