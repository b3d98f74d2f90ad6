// Policy 4 (CONVENTIONS.md): the mock's closed bundle closes response schemas only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mockBundlePath } from '../scripts/apis.mjs';
// @ts-expect-error: plain ESM script without type declarations
import { closeObjectSchemas } from '../scripts/close-object-schemas.mjs';

const item = { type: 'object', properties: { id: { type: 'string' } } };
const doc = {
  paths: {
    '/items': {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Shared' } } } },
        responses: {
          '201': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Shared' } } } },
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/OnlyOut' } } } },
          '400': { $ref: '#/components/responses/Problem' },
        },
      },
    },
  },
  components: {
    schemas: { Shared: structuredClone(item), OnlyOut: structuredClone(item), Detail: structuredClone(item) },
    responses: { Problem: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Detail' } } } } },
  },
};

describe('closeObjectSchemas', () => {
  const closed = closeObjectSchemas(doc);
  const post = closed.paths['/items'].post;

  it('closes schemas only responses use', () => {
    expect(closed.components.schemas.OnlyOut.additionalProperties).toBe(false);
    expect(closed.components.schemas.Detail.additionalProperties).toBe(false);
  });

  it('leaves request schemas open and points responses at a closed copy of a shared schema', () => {
    expect(closed.components.schemas.Shared.additionalProperties).toBeUndefined();
    expect(post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/Shared');
    expect(post.responses['201'].content['application/json'].schema.$ref).toBe('#/components/schemas/Shared__closed');
    expect(closed.components.schemas.Shared__closed.additionalProperties).toBe(false);
  });

  it('does not touch its input', () => {
    expect(doc.components.schemas.OnlyOut).toEqual(item);
  });

  it('keeps the bundled request bodies exactly as written', () => {
    const mock = JSON.parse(readFileSync(mockBundlePath('recruspace'), 'utf8'));
    // The docs do not list every Apply to Job Post field, so its body (and nested answers) stays open.
    expect(mock.components.schemas.ApplyToJobPostRequest.additionalProperties).toBeUndefined();
    expect(mock.components.schemas.JobPostAnswer.properties.job_post_question.additionalProperties).toBeUndefined();
    expect(mock.components.schemas.Candidate.additionalProperties).toBe(false);
  });
});
