import { toFormData } from '@ats-sdk/client';
import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, itWrites, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listAttachments', () => {
  it('lists the attachments of a candidate', async () => {
    const result = await unifiedAts().GET('/unified/ats/attachments', { params: { query: { candidate_id: '23423523' } } });
    expectDocumentedSuccess('unified-ats', 'listAttachments', result);
  });
});

describeOperation('unified-ats', 'createAttachment', () => {
  itWrites('unified-ats', 'uploads a file as multipart form data, with remote_data as a JSON part', async () => {
    const file = new File(['%PDF-1.7 contract-test resume'], 'resume.pdf', { type: 'application/pdf' });
    const result = await unifiedAts().POST('/unified/ats/attachments', {
      body: { file, remote_data: { candidate_id: '23423523', type: 'RESUME' } },
      bodySerializer: toFormData,
    });
    expectDocumentedSuccess('unified-ats', 'createAttachment', result);
  });
});

describeOperation('unified-ats', 'downloadAttachment', () => {
  it('downloads an attachment by its file_url', async () => {
    const result = await unifiedAts().POST('/unified/ats/attachments/download', {
      params: { query: { file_url: 'https://files.example.com/resume.pdf' } },
    });
    expectDocumentedSuccess('unified-ats', 'downloadAttachment', result);
  });
});
