/** @hwc-workspace/mocks: MSW handlers for Huawei Cloud Workspace's order API, from the spec. */
export { createWorkspaceHandlers, type WorkspaceHandlers, type WorkspaceHandlersOptions, type OperationMock } from './handlers.js';
export { FIXTURES } from './generated/fixtures.js';
export type { OperationFixture } from './fixture.js';
export { startMockServer, type MockServer, type MockServerOptions } from './server.js';
export { handleOperation } from './handle.js';
