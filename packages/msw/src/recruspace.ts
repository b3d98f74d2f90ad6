import type { HttpHandler } from 'msw';
import { handlersFor, type HandlerOptions } from './handlers.js';
import { recruspaceSpec } from './specs.js';

/** Handlers for every Recruspace operation (default base URL https://api.recruspace.com). */
export const recruspaceHandlers = (options?: HandlerOptions): HttpHandler[] => handlersFor('recruspace', recruspaceSpec, options);
