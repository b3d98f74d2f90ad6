import type { operations } from '@ats-sdk/types/unified-ats';
import type { HttpHandler } from 'msw';
import { handlersFor, type HandlerOptions } from './handlers.js';
import { unifiedAtsSpec } from './specs.js';

/** Handlers for every Truto Unified ATS operation (default base URL https://api.truto.one). */
export const unifiedAtsHandlers = (options?: HandlerOptions<keyof operations & string>): HttpHandler[] => handlersFor('unified-ats', unifiedAtsSpec, options);
