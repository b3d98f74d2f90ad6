import type { operations } from '@ats-sdk/types/recruspace';
import type { HttpHandler } from 'msw';
import { handlersFor, type HandlerOptions } from './handlers.js';
import { recruspaceSpec } from './specs.js';

/** Handlers for every Recruspace operation (default base URL https://api.recruspace.com). */
export const recruspaceHandlers = (options?: HandlerOptions<keyof operations & string>): HttpHandler[] => handlersFor('recruspace', recruspaceSpec, options);
