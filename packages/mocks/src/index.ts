/**
 * @hwc-workspace/mocks: MSW handlers for Huawei Cloud Workspace's order API, from the spec.
 * Browser-safe: nothing here imports from Node (use them with msw/node or msw/browser). The
 * node:http mock server is the subpath export `@hwc-workspace/mocks/server`.
 */

export { handleOperation } from './answer.js';
export type { OperationFixture } from './fixture.js';
export { FIXTURES } from './generated/fixtures.js';
export {
  createWorkspaceHandlers,
  type OperationMock,
  type WorkspaceHandlers,
  type WorkspaceHandlersOptions,
} from './msw.js';
export type { ErrorStatus, ExampleName, MethodName } from './names.js';
