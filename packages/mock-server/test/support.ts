import { responseValidator, type ApiName } from '@ats-sdk/spec/testing';
import { expect } from 'vitest';

export const AUTH = { authorization: 'Bearer test-token' };

export const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The body validates against the (closed) mock spec for this operation and status. */
export function expectValidBody(api: ApiName, operationId: string, status: number, body: unknown) {
  const validate = responseValidator(api, operationId, status, 'mock');
  if (!validate) return expect(body ?? undefined).toBeUndefined();
  expect(validate(body), `${operationId} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}
