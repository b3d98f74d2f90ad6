// @ats-sdk/msw: MSW request handlers for both APIs, answering as @ats-sdk/mock-server does. One
// module per API, so a bundle that imports one API's handlers carries one spec.
export type { HandlerOptions } from './handlers.js';
export { DEFAULT_BASE_URLS } from './handlers.js';
export { override, type OperationName, type OverrideAnswer, type OverrideContext, type OverrideOptions, type OverrideResolver } from './override.js';
export { recruspaceHandlers } from './recruspace.js';
export { unifiedAtsHandlers } from './unified-ats.js';
