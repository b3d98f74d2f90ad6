// Starts one mock for the whole run and stops it afterwards; tests read its URL with inject().
import { startMockServer } from '@ats-sdk/mock-server';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startMockServer({ api: 'all', stateful: true });
  project.provide('mockUrl', mock.url);
  return () => mock.close();
}
