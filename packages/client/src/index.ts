/** @hwc-workspace/client: a typed client for Huawei Cloud Workspace's order API. */

export type { WorkspaceAuth } from './authorize.js';
export { createWorkspaceClient, createWorkspaceContext, type WorkspaceClient, type WorkspaceClientOptions } from './client.js';
export { resolveEndpoint } from './endpoint.js';
export {
  WorkspaceAbortError,
  WorkspaceConfigError,
  WorkspaceError,
  type WorkspaceErrorBody,
  WorkspaceLookupError,
  WorkspaceNetworkError,
  WorkspaceTimeoutError,
  WorkspaceUnreadableAnswerError,
  WorkspaceValidationError,
} from './errors.js';
export type { OperationDescriptor, PagingDescriptor, ParameterDescriptor, ValueType } from './generated/descriptor.js';
export type { MediaKind } from './generated/media.js';
// Every generated operation function (createOrder(ctx, body), …), the operation table and its types.
export * from './generated/operations.js';
export type { CallOptions, OperationContext, RequestInput, WorkspaceResult } from './operation.js';
export { paginate } from './paging.js';
export { type AkSkCredentials, sdkDate, signRequest, type Verification, verifyRequest } from './signing.js';
export { FINAL_JOB_STATUSES, type FinalJobStatus, type FinishedJob, type JobLookups, type WaitForJobOptions } from './wait.js';
