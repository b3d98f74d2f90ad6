export { startMockServer } from './start-mock-server.js';
export type { MockServer, StartMockServerOptions } from './start-mock-server.js';
export { MOCK_APIS } from './apis.js';
export type { MockApi, MockApiSelection } from './apis.js';
