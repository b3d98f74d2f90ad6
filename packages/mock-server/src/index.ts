export { startMockServer } from './start-mock-server.js';
export type { MockServer, StartMockServerOptions } from './start-mock-server.js';
export { MOCK_APIS } from './apis.js';
export type { MockApi, MockApiSelection } from './apis.js';
import type { DriftProxy, DriftProxyOptions } from './proxy/start-drift-proxy.js';
export type { DriftProxy, DriftProxyOptions };
/** Starts the drift proxy (see the README's "Drift proxy"); loaded on first use, so the mock's import stays lean. */
export async function startDriftProxy(options: DriftProxyOptions): Promise<DriftProxy> {
  return (await import('./proxy/start-drift-proxy.js')).startDriftProxy(options);
}
export { renderMarkdown as renderDriftReport } from './proxy/markdown.js';
export type { DriftReport, OperationReport, Suggestion, UndocumentedField, ViolationEntry } from './proxy/report-model.js';
