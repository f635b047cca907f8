import createClient from 'openapi-fetch';
import type { paths } from '@hwc-workspace/types';
import { checkRequest } from '@hwc-workspace/validators';
import { authMiddleware, type WorkspaceAuth } from './auth.js';
import { resolveEndpoint } from './endpoint.js';
import { WorkspaceAbortError, WorkspaceConfigError, WorkspaceError, WorkspaceNetworkError, WorkspaceTimeoutError, WorkspaceValidationError } from './errors.js';
import { bindOperations, type OperationContext, type Region, type Send } from './generated/operations.js';
import { toResult } from './results.js';

export interface WorkspaceClientOptions {
  /** One of the Workspace regions; `ap-southeast-1` when neither this nor `endpoint` is given. */
  readonly region?: Region;
  /** Any base URL (proxy, mock server); wins over `region`. */
  readonly endpoint?: string;
  /** The IAM project ID that goes into every path. */
  readonly projectId: string;
  /** `{ token }` (X-Auth-Token) or `{ accessKey, secretKey, securityToken? }` (AK/SK signing). */
  readonly auth?: WorkspaceAuth;
  /** Give up on a call after this many milliseconds (default 30000). */
  readonly timeoutMs?: number;
  /** Check every body against the spec before sending (default true). */
  readonly validate?: boolean;
  /** Check every answer against the spec; a mismatch becomes an error result (default false). */
  readonly validateResponses?: boolean;
  /** A fetch implementation; the global one by default. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Appended to the User-Agent header. */
  readonly userAgent?: string;
  /** Extra headers sent with every request. */
  readonly headers?: Record<string, string>;
}

const VERSION = '0.1.0';

function describe(error: unknown): string {
  const e = error as { message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const code = typeof e?.cause?.code === 'string' ? e.cause.code : undefined;
  const message = typeof e?.cause?.message === 'string' ? e.cause.message : typeof e?.message === 'string' ? e.message : String(error);
  return code ? `${code} (${message})` : message;
}

/**
 * The set-up shared by all operations (endpoint, auth, timeouts, validation), without the
 * operations themselves: pass it to `createOrder(ctx, body)` and friends to bundle only those.
 */
export function createWorkspaceContext(options: WorkspaceClientOptions): OperationContext & { readonly baseUrl: string } {
  if (typeof options?.projectId !== 'string' || options.projectId.trim() === '') {
    throw new WorkspaceConfigError('Failed to create the Workspace client: projectId is missing. Did you pass the IAM project ID of the region?');
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new WorkspaceConfigError(`Failed to create the Workspace client: timeoutMs must be a positive number, not ${String(options.timeoutMs)}.`);
  const baseUrl = resolveEndpoint(options);
  const userAgent = `hwc-workspace-client/${VERSION}${options.userAgent ? ` ${options.userAgent}` : ''}`;
  const raw = createClient<paths>({
    baseUrl,
    // Look the global fetch up per call, so test tools that patch it later still see requests.
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
    headers: { 'User-Agent': userAgent, ...options.headers },
  });
  if (options.auth) raw.use(authMiddleware(options.auth, options.projectId));
  const validate = options.validate ?? true;
  const validateResponses = options.validateResponses ?? false;

  const send: Send = async (_method, validators, body, post) => {
    const { operationId } = validators;
    if (validate) {
      const result = checkRequest(validators, body);
      if (!result.ok) throw new WorkspaceValidationError(operationId, result.issues);
    }
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    try {
      const answer = await post(timeout.signal);
      return toResult(validators, answer, validateResponses) as never;
    } catch (error) {
      if (error instanceof WorkspaceError) throw error;
      if (timeout.signal.aborted) throw new WorkspaceTimeoutError(operationId, timeoutMs);
      if ((error as { name?: unknown })?.name === 'AbortError') throw new WorkspaceAbortError(operationId);
      throw new WorkspaceNetworkError(operationId, describe(error));
    } finally {
      clearTimeout(timer);
    }
  };
  const ctx = { raw, projectId: options.projectId, send, baseUrl };
  // Printing shows where it talks to, never how it authenticates.
  Object.defineProperty(ctx, 'toJSON', { value: () => ({ baseUrl, projectId: options.projectId, auth: options.auth ? ('token' in options.auth ? 'token' : 'aksk') : 'none' }) });
  return ctx;
}

/**
 * A client for the four order operations. Each method validates the body, sends it once, and
 * resolves to `{ data, response, requestId }` or `{ error, response, requestId }`. Faults throw
 * typed errors. Nothing is ever retried: these calls place orders.
 */
export function createWorkspaceClient(options: WorkspaceClientOptions) {
  const ctx = createWorkspaceContext(options);
  const client = { ...bindOperations(ctx), raw: ctx.raw, baseUrl: ctx.baseUrl };
  Object.defineProperty(client, 'toJSON', { value: (ctx as unknown as { toJSON: () => unknown }).toJSON });
  return client;
}

export type WorkspaceClient = ReturnType<typeof createWorkspaceClient>;
