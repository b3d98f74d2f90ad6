// The endpoints known only from the vendor's own n8n node (x-provenance status `secondary`).
import { toFormData, unwrapContent } from '@ats-sdk/client';
import { expect, it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, itWrites, recruspace } from '../support/contract.js';

const TARGET_URL = 'https://n8n.example.com/webhook/contract-test';

describeOperation('recruspace', 'subscribeWebhook', () => {
  itWrites('recruspace', 'subscribes a URL to both known events', async () => {
    const result = await recruspace().POST('/api/v1/integrations/webhooks/', {
      body: { target_url: TARGET_URL, events: ['candidate_created', 'candidate_replied_to_email'] },
    });
    expectDocumentedSuccess('recruspace', 'subscribeWebhook', result);
  });
});

describeOperation('recruspace', 'unsubscribeWebhook', () => {
  itWrites('recruspace', 'unsubscribes a URL', async () => {
    const result = await recruspace().DELETE('/api/v1/integrations/webhooks/', { body: { target_url: TARGET_URL } });
    expectDocumentedSuccess('recruspace', 'unsubscribeWebhook', result);
  });
});

describeOperation('recruspace', 'validateApiKey', () => {
  it('accepts the configured API key', async () => {
    const result = await recruspace().GET('/api/v1/integrations/api-keys/validate/');
    expectDocumentedSuccess('recruspace', 'validateApiKey', result);
  });
});

describeOperation('recruspace', 'uploadFileUnscoped', () => {
  itWrites('recruspace', 'uploads a file without an API key, at the path the vendor node uses', async () => {
    const file = new File(['%PDF-1.4 contract-test upload'], 'cv.pdf', { type: 'application/pdf' });
    const result = await recruspace({ apiKey: undefined }).POST('/api/v1/utilities/upload-file/', {
      body: { file, folder_key: 'cv' },
      bodySerializer: toFormData,
    });
    expectDocumentedSuccess('recruspace', 'uploadFileUnscoped', result);
    // Either documented shape, one document id.
    expect(['number', 'string']).toContain(typeof unwrapContent(result.data!).id);
  });
});

describeOperation('recruspace', 'addNoteToCandidateViaIntegration', () => {
  itWrites('recruspace', 'adds a note at the path the older vendor node used', async () => {
    const result = await recruspace().POST('/api/v1/candidates/integration/add-note/', { body: { candidate_id: 123, text: 'Added from n8n' } });
    expectDocumentedSuccess('recruspace', 'addNoteToCandidateViaIntegration', result);
  });
});
