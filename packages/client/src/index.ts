/** @hwc-workspace/client: a typed client for Huawei Cloud Workspace's order API. */
export { createWorkspaceClient, createWorkspaceContext, type WorkspaceClient, type WorkspaceClientOptions } from './client.js';
export {
  WorkspaceError,
  WorkspaceValidationError,
  WorkspaceConfigError,
  WorkspaceNetworkError,
  WorkspaceTimeoutError,
  WorkspaceAbortError,
  WorkspaceUnreadableAnswerError,
  type WorkspaceErrorBody,
} from './errors.js';
export type { WorkspaceResult } from './results.js';
export type { WorkspaceAuth } from './auth.js';
export { signRequest, verifyRequest, sdkDate, type AkSkCredentials, type Verification } from './signing.js';
export { resolveEndpoint } from './endpoint.js';
// Every generated operation function (createOrder(ctx, body), …), the operation table and its types.
export * from './generated/operations.js';
export type { CallOptions, OperationContext, OperationDescriptor, ParameterDescriptor, RequestInput, MediaKind, ValueType } from './operation.js';
