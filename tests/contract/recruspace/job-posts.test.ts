import { expect, it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, itWrites, recruspace } from '../support/contract.js';

const JOB_POST = fixtureId('recruspace', 'JOB_POST_ID', 'd82f9a7c91b041b7b2b7612e');

describeOperation('recruspace', 'listJobPosts', () => {
  it('returns a page of job posts', async () => {
    const result = await recruspace().GET('/api/v1/client/job-posts/', { params: { query: { page: 2, page_size: 9 } } });
    expectDocumentedSuccess('recruspace', 'listJobPosts', result);
    expect(result.data).toMatchObject({ count: expect.any(Number), results: expect.any(Array) });
  });

  it('accepts a page_size above the documented maximum (DRF clamps it, policy 5)', async () => {
    const result = await recruspace().GET('/api/v1/client/job-posts/', { params: { query: { page_size: 500 } } });
    expectDocumentedSuccess('recruspace', 'listJobPosts', result);
  });
});

describeOperation('recruspace', 'getJobPost', () => {
  it('returns the job post', async () => {
    const result = await recruspace().GET('/api/v1/client/job-posts/{job_post_id}/', {
      params: { path: { job_post_id: JOB_POST } },
    });
    expectDocumentedSuccess('recruspace', 'getJobPost', result);
  });
});

describeOperation('recruspace', 'applyToJobPost', () => {
  itWrites('recruspace', 'submits an application with answers', async () => {
    const result = await recruspace().POST('/api/v1/client/job-posts/{job_post_id}/apply/', {
      params: { path: { job_post_id: JOB_POST } },
      body: {
        email: 'johndoe@example.com',
        first_name: 'John',
        last_name: 'Doe',
        cv: '20170',
        terms_of_use: true,
        answers: [{ job_post_question: { id: 1, question_key: 'Phone' }, answer: '+1234567890' }],
      },
    });
    expectDocumentedSuccess('recruspace', 'applyToJobPost', result);
  });
});

describeOperation('recruspace', 'listJobPostQuestions', () => {
  it('lists the questions of a job post', async () => {
    const result = await recruspace().GET('/api/v1/client/job-posts/{job_post_id}/questions/', {
      params: { path: { job_post_id: JOB_POST } },
    });
    expectDocumentedSuccess('recruspace', 'listJobPostQuestions', result);
  });
});
