import { toFormData } from '@ats-sdk/client';
import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, itWrites, recruspace } from '../support/contract.js';

describeOperation('recruspace', 'uploadFile', () => {
  itWrites('recruspace', 'uploads a file as multipart form data', async () => {
    const file = new File(['%PDF-1.4 contract-test upload'], 'cv.pdf', { type: 'application/pdf' });
    const result = await recruspace().POST('/api/v1/client/utilities/upload-file/', {
      body: { file, folder_key: 'cv' },
      bodySerializer: toFormData,
    });
    expectDocumentedSuccess('recruspace', 'uploadFile', result);
  });
});
