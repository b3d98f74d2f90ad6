import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '@ats-sdk/types/unified-ats';
import { createUnifiedAtsClient } from '../src/index.js';

const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc' });

describe('UnifiedAtsClient types', () => {
  it('makes integrated_account_id optional for callers', () => {
    void ua.GET('/unified/ats/candidates', {});
    void ua.GET('/unified/ats/candidates');
    void ua.GET('/unified/ats/candidates', { params: { query: { integrated_account_id: 'other', limit: 10 } } });
  });

  it('still requires the other required parameters', () => {
    // @ts-expect-error: the path id is required
    void ua.GET('/unified/ats/candidates/{id}', {});
    // @ts-expect-error: file_url is a required query parameter of download
    void ua.POST('/unified/ats/attachments/download', { params: { query: {} } });
    void ua.POST('/unified/ats/attachments/download', { params: { query: { file_url: 'https://files.example/cv.pdf' } } });
  });

  it('types list envelopes and resources from the spec', async () => {
    const { data } = await ua.GET('/unified/ats/candidates', {});
    type Schemas = components['schemas'];
    expectTypeOf(data).toEqualTypeOf<Schemas['CandidateList'] | Schemas['CandidateKeyedList'] | undefined>();
    if (data) {
      expectTypeOf(data.next_cursor).toEqualTypeOf<string | null>();
      expectTypeOf(data.result).toEqualTypeOf<Schemas['Candidate'][] | { [key: string]: Schemas['Candidate'] }>();
    }
  });

  it('rejects unknown paths', () => {
    // @ts-expect-error: not a Unified ATS path
    void ua.GET('/unified/ats/widgets', {});
    // @ts-expect-error: candidates cannot be deleted through the unified API
    void ua.DELETE('/unified/ats/candidates/{id}', { params: { path: { id: '1' } } });
  });
});
