import createClient from 'openapi-fetch';
import type { paths } from '@hwc-workspace/types';
import { runValidator, validatorsByOperation } from '@hwc-workspace/validators';
import { resolveEndpoint } from './endpoint.js';
import { WorkspaceConfigError, WorkspaceValidationError } from './errors.js';
import { OPERATIONS, bindOperations, type Region, type Send } from './generated/operations.js';

export interface WorkspaceClientOptions {
  /** One of the Workspace regions; `ap-southeast-1` when neither this nor `endpoint` is given. */
  readonly region?: Region;
  /** Any base URL (proxy, mock server); wins over `region`. */
  readonly endpoint?: string;
  /** The IAM project ID that goes into every path. */
  readonly projectId: string;
  /** A fetch implementation; the global one by default. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request, e.g. `{ 'X-Auth-Token': token }`. */
  readonly headers?: Record<string, string>;
  /** Check every body against the spec before sending (default true). */
  readonly validate?: boolean;
}

/**
 * A client for the four order operations. Each method validates the body, sends it once, and
 * resolves to openapi-fetch's `{ data, response }` or `{ error, response }`. Nothing is retried.
 */
export function createWorkspaceClient(options: WorkspaceClientOptions) {
  if (typeof options?.projectId !== 'string' || options.projectId.trim() === '') {
    throw new WorkspaceConfigError('Failed to create the Workspace client: projectId is missing. Did you pass the IAM project ID of the region?');
  }
  const baseUrl = resolveEndpoint(options);
  const raw = createClient<paths>({
    baseUrl,
    // Look the global fetch up per call, so test tools that patch it later still see requests.
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  const validate = options.validate ?? true;
  const send: Send = async (method, body, post) => {
    if (validate) {
      const v = validatorsByOperation[OPERATIONS[method].operationId];
      const result = runValidator(v.request, body, {}, v.hints);
      if (!result.ok) throw new WorkspaceValidationError(OPERATIONS[method].operationId, result.issues);
    }
    return post();
  };
  return { ...bindOperations(raw, options.projectId, send), raw, baseUrl };
}

export type WorkspaceClient = ReturnType<typeof createWorkspaceClient>;
