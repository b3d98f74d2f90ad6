import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '@ats-sdk/types/recruspace';
import { unwrapContent, unwrapResult } from '../src/index.js';

type Created = components['schemas']['CreatedCandidate'];
type Candidate = components['schemas']['Candidate'];

describe('unwrapContent', () => {
  it('returns the object inside a { success, content } envelope', () => {
    expect(unwrapContent({ success: 'OK', content: { id: 39384 } })).toEqual({ id: 39384 });
  });

  it('returns a bare object unchanged, even one with a field named content', () => {
    const bare = { id: 7, content: { text: 'a note body' } };
    expect(unwrapContent(bare)).toBe(bare);
    expect(unwrapContent({ id: '20170' })).toEqual({ id: '20170' });
  });

  it('leaves non-objects alone', () => {
    expect(unwrapContent(undefined)).toBeUndefined();
    expect(unwrapContent([1])).toEqual([1]);
  });

  it('gives one typed shape for the two documented shapes of a created candidate', () => {
    expectTypeOf(unwrapContent(null as unknown as Created)).toEqualTypeOf<Candidate>();
  });
});

describe('unwrapResult', () => {
  it('returns the object inside a { result } envelope, and a bare object unchanged', () => {
    expect(unwrapResult({ result: { id: 'app_1' } })).toEqual({ id: 'app_1' });
    const bare = { id: 'app_1', result: { status: 'ok' } };
    expect(unwrapResult(bare)).toBe(bare);
  });

  it('types the union as the bare object', () => {
    type Application = { id: string; status?: string };
    expectTypeOf(unwrapResult(null as unknown as Application | { result: Application })).toEqualTypeOf<Application>();
  });
});
