// @ats-sdk/msw: MSW request handlers for both APIs, answering as @ats-sdk/mock-server does.
import type { HttpHandler } from 'msw';
import { handlersFor, type HandlerOptions } from './handlers.js';

export type { HandlerOptions } from './handlers.js';
export { DEFAULT_BASE_URLS } from './handlers.js';
export { override, type OverrideAnswer, type OverrideResolver } from './override.js';

/** Handlers for every Recruspace operation (default base URL https://api.recruspace.com). */
export const recruspaceHandlers = (options?: HandlerOptions): HttpHandler[] => handlersFor('recruspace', options);

/** Handlers for every Truto Unified ATS operation (default base URL https://api.truto.one). */
export const unifiedAtsHandlers = (options?: HandlerOptions): HttpHandler[] => handlersFor('unified-ats', options);
