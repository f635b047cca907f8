/** @hwc-workspace/client: a typed client for Huawei Cloud Workspace's order API. */
export { createWorkspaceClient, createWorkspaceContext, type WorkspaceClient, type WorkspaceClientOptions } from './client.js';
export {
  WorkspaceError,
  WorkspaceValidationError,
  WorkspaceConfigError,
  WorkspaceNetworkError,
  WorkspaceTimeoutError,
  WorkspaceAbortError,
  type WorkspaceErrorBody,
} from './errors.js';
export type { WorkspaceResult } from './results.js';
export type { WorkspaceAuth } from './auth.js';
export { signRequest, verifyRequest, sdkDate, type AkSkCredentials, type Verification } from './signing.js';
export { resolveEndpoint } from './endpoint.js';
export {
  REGIONS,
  DEFAULT_REGION,
  OPERATIONS,
  addDesktopSubResources,
  createOrder,
  createDesktopOrder,
  createDesktopPoolChangeOrder,
  type OperationContext,
  type Region,
  type MethodName,
  type BodyOf,
  type ResultOf,
  type CallOptions,
} from './generated/operations.js';
