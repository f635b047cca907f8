/** @hwc-workspace/client: a typed client for Huawei Cloud Workspace's order API. */
export { createWorkspaceClient, type WorkspaceClient, type WorkspaceClientOptions } from './client.js';
export { WorkspaceValidationError, WorkspaceConfigError } from './errors.js';
export { resolveEndpoint } from './endpoint.js';
export { REGIONS, DEFAULT_REGION, OPERATIONS, type Region, type MethodName, type BodyOf, type CallOptions } from './generated/operations.js';
