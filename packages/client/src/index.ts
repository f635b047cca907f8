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
  WorkspaceLookupError,
  type WorkspaceErrorBody,
} from './errors.js';
export type { WorkspaceResult } from './operation.js';
export type { WorkspaceAuth } from './authorize.js';
export { signRequest, verifyRequest, sdkDate, type AkSkCredentials, type Verification } from './signing.js';
export { resolveEndpoint } from './endpoint.js';
export { paginate } from './paging.js';
export { FINAL_JOB_STATUSES, type FinalJobStatus, type FinishedJob, type JobLookups, type WaitForJobOptions } from './wait.js';
// Every generated operation function (createOrder(ctx, body), …), the operation table and its types.
export * from './generated/operations.js';
export type { CallOptions, OperationContext, OperationDescriptor, PagingDescriptor, ParameterDescriptor, RequestInput, MediaKind, ValueType } from './operation.js';
