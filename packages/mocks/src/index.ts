/**
 * @hwc-workspace/mocks: MSW handlers for Huawei Cloud Workspace's order API, from the spec.
 * Browser-safe: nothing here imports from Node (use them with msw/node or msw/browser). The
 * node:http mock server is the subpath export `@hwc-workspace/mocks/server`.
 */
export { createWorkspaceHandlers, type WorkspaceHandlers, type WorkspaceHandlersOptions, type OperationMock } from './handlers.js';
export { FIXTURES } from './generated/fixtures.js';
export type { OperationFixture } from './fixture.js';
export type { ExampleName, ErrorStatus, MethodName } from './names.js';
export { handleOperation } from './handle.js';
