// Policy 4 (spec/CONVENTIONS.md): request bodies the docs do not list completely stay open, so the
// mock accepts what the real API accepts: provider fields on Truto writes, extra Apply fields.
import { describe } from 'vitest';
import { expectDocumentedSuccess, itWrites, recruspace, unifiedAts } from '../support/contract.js';

describe('documented-open request bodies are accepted with extra fields', () => {
  itWrites('unified-ats', 'Truto create candidate with a provider-specific field next to remote_data', async () => {
    const result = await unifiedAts().POST('/unified/ats/candidates', {
      body: { first_name: 'Jane', last_name: 'Doe', remote_data: { origin: 'referral' }, sources: ['careers-page'] } as never,
    });
    expectDocumentedSuccess('unified-ats', 'createCandidate', result);
  });

  itWrites('unified-ats', 'Truto move-stage with a field only one provider documents', async () => {
    const result = await unifiedAts().POST('/unified/ats/applications/move-stage', {
      body: { application_id: '56001873', stage_id: '310043', notify_candidate: false } as never,
    });
    expectDocumentedSuccess('unified-ats', 'moveApplicationStage', result);
  });

  itWrites('recruspace', 'Apply to Job Post with a field the cut-off docs page may have listed', async () => {
    const result = await recruspace().POST('/api/v1/client/job-posts/{job_post_id}/apply/', {
      params: { path: { job_post_id: 'd82f9a7c91b041b7b2b7612e' } },
      body: { email: 'johndoe@example.com', first_name: 'John', last_name: 'Doe', phone_number: '+1234567890' } as never,
    });
    expectDocumentedSuccess('recruspace', 'applyToJobPost', result);
  });
});
