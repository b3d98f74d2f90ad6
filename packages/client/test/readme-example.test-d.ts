// The README's first example compiles as written.
import { describe, it } from 'vitest';
import { createRecruspace, createUnifiedAts, NotFoundError } from '../src/index.js';

describe('README first example', () => {
  it('type-checks', async () => {
    const rs = createRecruspace(); // apiKey from RECRUSPACE_API_KEY
    const ua = createUnifiedAts({ integratedAccountId: 'acc_…' }); // token from TRUTO_API_TOKEN

    const candidate = await rs.candidates.retrieve(123); // typed: components['schemas']['Candidate']
    void candidate.email;
    await rs.talentPools.create({ name: 'Backend' });
    await rs.talentPools.update(5, { name: 'Backend engineers' }); // path parameters first

    for await (const job of ua.jobs.list()) console.log(job.name); // every item, across pages
    await ua.applications.moveStage({ application_id: 'app_1', stage_id: 'stage_2' }, { idempotencyKey: true });

    try {
      await rs.candidates.retrieve(999);
    } catch (e) {
      if (e instanceof NotFoundError) console.log('gone', e.requestId);
      else throw e;
    }
  });
});
