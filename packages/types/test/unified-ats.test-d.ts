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

  it('makes integrated_account_id optional: an integrated-account token implies it (policy 5)', () => {
    type Query = NonNullable<operations['listCandidates']['parameters']['query']>;
    expectTypeOf<Query['integrated_account_id']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Query['limit']>().toEqualTypeOf<number | undefined>();
  });

  it('takes date filters as a value or as operators (policy 5)', () => {
    type Query = NonNullable<operations['listApplications']['parameters']['query']>;
    expectTypeOf<{ gt: string }>().toExtend<Query['created_at']>();
    expectTypeOf<string>().toExtend<Query['created_at']>();
  });

  it('types list envelopes with a nullable next_cursor and bare single resources', () => {
    type List = operations['listJobs']['responses'][200]['content']['application/json'];
    // truto_key_by turns `result` into an object keyed by that field: both envelopes are accepted.
    expectTypeOf<List>().toEqualTypeOf<Schemas['JobList'] | Schemas['JobKeyedList']>();
    expectTypeOf<Schemas['JobList']['result']>().toEqualTypeOf<Schemas['Job'][]>();
    expectTypeOf<Schemas['JobKeyedList']['result']>().toEqualTypeOf<{ [key: string]: Schemas['Job'] }>();
    expectTypeOf<List['next_cursor']>().toEqualTypeOf<string | null>();
    type One = operations['getJob']['responses'][200]['content']['application/json'];
    expectTypeOf<One>().toEqualTypeOf<Schemas['Job']>();
  });

  it('keeps open enums open with their known values', () => {
    expectTypeOf<Schemas['Department']['status']>().toEqualTypeOf<'active' | 'inactive' | (string & {}) | null | undefined>();
    expectTypeOf<'ARCHIVED_BY_PROVIDER'>().toExtend<NonNullable<Schemas['Department']['status']>>();
  });

  it('types remote_data as a free-form object and timestamps as strings', () => {
    expectTypeOf<NonNullable<Schemas['Candidate']['remote_data']>>().toEqualTypeOf<{ [key: string]: unknown }>();
    expectTypeOf<Schemas['Candidate']['created_at']>().toEqualTypeOf<string | null | undefined>();
  });

  it('requires an id on every resource, even where the docs do not mark it (policy 7)', () => {
    expectTypeOf<Schemas['Application']['id']>().toEqualTypeOf<string>();
    expectTypeOf<Schemas['Organization']['id']>().toEqualTypeOf<string>();
  });

  it('accepts custom-method answers bare or wrapped in { result } (policy 7)', () => {
    type Moved = operations['moveApplicationStage']['responses'][200]['content']['application/json'];
    expectTypeOf<Moved>().toEqualTypeOf<Schemas['Application'] | Schemas['ApplicationResult']>();
  });

  it('types the optional details of the Truto error envelope (policy 3)', () => {
    expectTypeOf<NonNullable<Schemas['TrutoError']['details']>['failures']>().toEqualTypeOf<unknown[] | undefined>();
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
