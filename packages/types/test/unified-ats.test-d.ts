import { describe, expectTypeOf, it } from 'vitest';
import type { components, operations, paths } from '@ats-sdk/types/unified-ats';

type Schemas = components['schemas'];

describe('@ats-sdk/types/unified-ats', () => {
  it('exports paths, components and operations for the unified paths', () => {
    expectTypeOf<'/unified/ats/candidates/{id}'>().toExtend<keyof paths>();
    expectTypeOf<operations['getCandidate']['parameters']['path']>().toEqualTypeOf<{ id: string }>();
    // @ts-expect-error: a Recruspace path is not a Unified ATS path
    type Wrong = paths['/api/v1/client/talent-pools/'];
  });

  it('requires integrated_account_id in the raw types (the client makes it optional)', () => {
    type Query = operations['listCandidates']['parameters']['query'];
    expectTypeOf<Query['integrated_account_id']>().toEqualTypeOf<string>();
    expectTypeOf<Query['limit']>().toEqualTypeOf<number | undefined>();
  });

  it('types list envelopes with a nullable next_cursor and bare single resources', () => {
    type List = operations['listJobs']['responses'][200]['content']['application/json'];
    expectTypeOf<List['result']>().toEqualTypeOf<Schemas['Job'][]>();
    expectTypeOf<List['next_cursor']>().toEqualTypeOf<string | null>();
    type One = operations['getJob']['responses'][200]['content']['application/json'];
    expectTypeOf<One>().toEqualTypeOf<Schemas['Job']>();
  });

  it('keeps open enums open with their known values', () => {
    expectTypeOf<Schemas['Department']['status']>().toEqualTypeOf<'active' | 'inactive' | (string & {}) | undefined>();
    expectTypeOf<'ARCHIVED_BY_PROVIDER'>().toExtend<NonNullable<Schemas['Department']['status']>>();
  });

  it('types remote_data as a free-form object and timestamps as strings', () => {
    expectTypeOf<NonNullable<Schemas['Candidate']['remote_data']>>().toEqualTypeOf<{ [key: string]: unknown }>();
    expectTypeOf<Schemas['Candidate']['created_at']>().toEqualTypeOf<string | undefined>();
  });

  it('types the Truto error envelope', () => {
    type NotFound = operations['getCandidate']['responses'][404]['content']['application/json'];
    expectTypeOf<NotFound>().toEqualTypeOf<Schemas['TrutoError']>();
    expectTypeOf<NotFound['statusCode']>().toEqualTypeOf<number>();
  });

  it('types the attachment upload file as Blob', () => {
    type Form = operations['createAttachment']['requestBody']['content']['multipart/form-data'];
    expectTypeOf<Form['file']>().toEqualTypeOf<Blob>();
  });
});
