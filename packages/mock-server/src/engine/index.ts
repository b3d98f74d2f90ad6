// The browser-safe engine, published as `@ats-sdk/mock-server/engine`: everything the HTTP front
// (src/worker/server.ts) decides without Node or Prism, so an in-process mock (@ats-sdk/msw) answers
// from the same code. Nothing reachable from here may import a Node built-in.
export { apiForPath, MOCK_APIS, type MockApi } from '../apis.js';
export { errorBody } from './error-bodies.js';
export { createFastEngine, type FastEngine } from './fast/index.js';
export { FormBodyError, formToObject } from './form-body.js';
export { deref, documents, indexOperations, pathExists, routeOperation, type Operation, type Parameter, type RoutedOperation } from './operations.js';
export { isWellEncoded, matchPath } from './path-template.js';
export { applyDrfParameters, notFound } from './recruspace-params.js';
export { createStatefulApi, type StatefulApi, type StatefulOptions } from './stateful/index.js';
export { endStaticList } from './static-pages.js';
export type { Headers, MockRequest, MockResponse, Spec, Violation } from './types.js';
export { createRequestExplainer, type RequestExplainer, type RequestVerdict } from './explain.js';
export { staticResponse } from './fast/static-response.js';
export { apiError, parseBody, queryOf, toMockRequest, withCanonicalAuthScheme, type ArrivedRequest, type ParsedBody } from './request-input.js';
