export { startMockServer } from './start-mock-server.js';
export type { MockServer, StartMockServerOptions } from './start-mock-server.js';
export { MOCK_APIS } from './apis.js';
export type { MockApi, MockApiSelection } from './apis.js';
export { startDriftProxy } from './proxy/start-drift-proxy.js';
export type { DriftProxy, DriftProxyOptions } from './proxy/start-drift-proxy.js';
export { renderMarkdown as renderDriftReport } from './proxy/markdown.js';
export type { DriftReport, OperationReport, Suggestion, UndocumentedField, ViolationEntry } from './proxy/report-model.js';
