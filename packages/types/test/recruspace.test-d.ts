import { describe, expectTypeOf, it } from 'vitest';
import type { components, operations, paths, webhooks } from '@ats-sdk/types/recruspace';

type GetCandidate = paths['/api/v1/client/candidates/{candidate_id}/']['get'];
type Candidate = components['schemas']['Candidate'];

describe('@ats-sdk/types/recruspace', () => {
  it("types getCandidate's 200 body from the documented example", () => {
    type Body = GetCandidate['responses'][200]['content']['application/json'];
    expectTypeOf<Body>().toEqualTypeOf<Candidate>();
    expectTypeOf<Body['email']>().toEqualTypeOf<string>();
    expectTypeOf<Body['id']>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<Body['user']>['email']>().toEqualTypeOf<string>();
  });

  it('shows the nullability of fields the docs never show as non-null (policy 1)', () => {
    expectTypeOf<Candidate['phone_number']>().toEqualTypeOf<string | null>();
    expectTypeOf<null>().toExtend<Candidate['phone_number']>();
    expectTypeOf<null>().toExtend<Candidate['user']>();
    type WorkEnd = components['schemas']['WorkExperience']['end_date'];
    expectTypeOf<WorkEnd>().toEqualTypeOf<string | null>();
    // A field every example shows as a non-null string stays exact.
    expectTypeOf<Candidate['email']>().toEqualTypeOf<string>();
  });

  it('accepts both documented and vendor-node shapes of a created candidate (policy 2)', () => {
    type Created = operations['createCandidate']['responses'][201]['content']['application/json'];
    expectTypeOf<Candidate>().toExtend<Created>();
    expectTypeOf<{ success?: string; content: Candidate }>().toExtend<Created>();
  });

  it('types DRF error bodies with nested field maps (policy 3)', () => {
    type Invalid = operations['applyToJobPost']['responses'][400]['content']['application/json'];
    expectTypeOf<{ answers: { job_post_question: string[] }[] }>().toExtend<Invalid>();
    expectTypeOf<{ non_field_errors: string[] }>().toExtend<Invalid>();
  });

  it('makes path parameters required', () => {
    expectTypeOf<GetCandidate['parameters']['path']>().toEqualTypeOf<{ candidate_id: number }>();
    expectTypeOf<operations['getJobPost']['parameters']['path']>().toEqualTypeOf<{ job_post_id: string }>();
  });

  it('knows only the documented paths', () => {
    expectTypeOf<'/api/v1/client/candidates/{candidate_id}/'>().toExtend<keyof paths>();
    expectTypeOf<'/api/v1/client/nope/'>().not.toExtend<keyof paths>();
    // @ts-expect-error: an unknown path is a type error
    type Unknown = paths['/api/v1/client/nope/'];
  });

  it('types binary multipart fields as Blob', () => {
    type Form = operations['createCandidate']['requestBody']['content']['multipart/form-data'];
    expectTypeOf<Form['cv_file']>().toEqualTypeOf<Blob>();
    type Upload = operations['uploadFile']['requestBody']['content']['multipart/form-data'];
    expectTypeOf<Upload['file']>().toEqualTypeOf<Blob>();
  });

  it('keeps open enums open but suggests the known values', () => {
    expectTypeOf<Candidate['suitability']>().toEqualTypeOf<'suitable' | (string & {}) | null>();
    expectTypeOf<'unsuitable'>().toExtend<Candidate['suitability']>();
  });

  it('types the paginated envelope with optional, nullable links', () => {
    type Page = operations['listJobPosts']['responses'][200]['content']['application/json'];
    expectTypeOf<Page['count']>().toEqualTypeOf<number>();
    expectTypeOf<Page['next']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Page['results']>().toEqualTypeOf<components['schemas']['JobPost'][]>();
  });

  it('types the documented error bodies', () => {
    type Unauthorized = GetCandidate['responses'][401]['content']['application/json'];
    expectTypeOf<Unauthorized>().toEqualTypeOf<{ detail: string }>();
  });
});

describe('@ats-sdk/types/recruspace webhooks', () => {
  it('exports the webhook deliveries with an open payload', () => {
    type Delivery = NonNullable<webhooks['candidate_created']['post']>['requestBody'];
    type Body = NonNullable<Delivery>['content']['application/json'];
    expectTypeOf<Body>().toEqualTypeOf<components['schemas']['WebhookDelivery']>();
    expectTypeOf<{ anything: 1 }>().toExtend<Body>();
    expectTypeOf<'candidate_replied_to_email'>().toExtend<keyof webhooks>();
  });

  it('types the webhook subscription body the vendor node sends', () => {
    type Subscribe = operations['subscribeWebhook']['requestBody']['content']['application/json'];
    expectTypeOf<Subscribe['target_url']>().toEqualTypeOf<string>();
    expectTypeOf<'candidate_created'>().toExtend<Subscribe['events'][number]>();
  });
});
