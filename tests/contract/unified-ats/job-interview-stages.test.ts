import { it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, unifiedAts } from '../support/contract.js';

describeOperation('unified-ats', 'listJobInterviewStages', () => {
  it('lists job interview stages', async () => {
    expectDocumentedSuccess('unified-ats', 'listJobInterviewStages', await unifiedAts().GET('/unified/ats/job_interview_stages', {}));
  });
});

describeOperation('unified-ats', 'getJobInterviewStage', () => {
  it('returns one by id', async () => {
    const result = await unifiedAts().GET('/unified/ats/job_interview_stages/{id}', { params: { path: { id: fixtureId('unified-ats', 'JOB_INTERVIEW_STAGE_ID', '23423523') } } });
    expectDocumentedSuccess('unified-ats', 'getJobInterviewStage', result);
  });
});
