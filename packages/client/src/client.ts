import createClient from 'openapi-fetch';
import type { paths } from '@hwc-workspace/types';
import { checkInput, checkRequest, type Issue, type OperationValidators, type RequestInput } from '@hwc-workspace/validators';
import { authMiddleware, type WorkspaceAuth } from './auth.js';
import { resolveEndpoint } from './endpoint.js';
import { WorkspaceAbortError, WorkspaceConfigError, WorkspaceError, WorkspaceNetworkError, WorkspaceTimeoutError, WorkspaceValidationError } from './errors.js';
import { bindOperations, type Region } from './generated/operations.js';
import { isSafeMethod, type CallOptions, type OperationContext, type OperationDescriptor, type Send } from './operation.js';
import { toResult, type RawAnswer } from './results.js';
import { backoffMs, isRetryableStatus, retryAfterMs, sleep } from './retry.js';
import { buildHeaders, buildPath, buildQuery } from './serialize.js';

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
  /**
   * How often a lookup (GET, HEAD) is retried after a network error, 429, 502, 503 or 504
   * (default 2; 0 turns retries off). Buying and changing calls are never retried.
   */
  readonly retries?: number;
  /** Check every body and parameter against the spec before sending (default true). */
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
  if (options.retries !== undefined && !(Number.isInteger(options.retries) && options.retries >= 0)) {
    throw new WorkspaceConfigError(`Failed to create the Workspace client: retries must be a whole number >= 0, not ${String(options.retries)}.`);
  }
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

  const retries = options.retries ?? 2;
  // The typed surface lives in the generated functions; the runtime sends any operation.
  const request = raw.request as unknown as (method: string, path: string, init: Record<string, unknown>) => Promise<RawAnswer>;

  const send: Send = async <D>(op: OperationDescriptor, validators: OperationValidators, input: RequestInput, call: CallOptions = {}) => {
    const { operationId, method } = op;
    const issues: Issue[] = [];
    const pathValues: Record<string, unknown> = { ...input?.path };
    for (const p of op.parameters) if (p.filledBy === 'projectId') pathValues[p.name] = options.projectId;
    if (validate) {
      const result = op.shape === 'body' ? checkRequest(validators, input?.body) : checkInput(validators, input);
      if (!result.ok) issues.push(...result.issues);
    }
    const path = buildPath(op, pathValues, issues);
    const query = buildQuery(op, input?.query);
    const headers: Record<string, string> = { ...buildHeaders(op, input?.headers, issues), ...call.headers };
    if (issues.length > 0) throw new WorkspaceValidationError(operationId, issues);
    let body: unknown;
    if (op.body && input?.body !== undefined) {
      body = op.body.kind === 'json' ? JSON.stringify(input.body) : input.body;
      if (!(body instanceof FormData)) headers['Content-Type'] = op.body.mediaType;
    }
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
    const attempts = isSafeMethod(method) ? retries + 1 : 1;
    try {
      for (let attempt = 0; ; attempt++) {
        const last = attempt + 1 >= attempts;
        let answer: RawAnswer;
        try {
          answer = await request(method, op.path, {
            params: { path: pathValues },
            pathSerializer: () => `${baseUrl}${path}`,
            querySerializer: () => query,
            body,
            bodySerializer: (b: unknown) => b,
            headers,
            parseAs: 'stream',
            redirect: 'manual',
            signal,
          });
        } catch (error) {
          if (error instanceof WorkspaceError) throw error;
          if (timeout.signal.aborted) throw new WorkspaceTimeoutError(operationId, timeoutMs);
          if (call.signal?.aborted || (error as { name?: unknown })?.name === 'AbortError') throw new WorkspaceAbortError(operationId);
          if (last) throw new WorkspaceNetworkError(operationId, describe(error), isSafeMethod(method) ? attempt : undefined);
          await sleep(backoffMs(attempt, undefined) ?? 0, signal);
          continue;
        }
        const status = answer.response.status;
        const wait = !last && isRetryableStatus(status) ? backoffMs(attempt, retryAfterMs(answer.response.headers.get('Retry-After'))) : undefined;
        if (wait === undefined) return await toResult<D>(op, validators, answer, validateResponses);
        await answer.data?.cancel().catch(() => undefined);
        await sleep(wait, signal);
      }
    } catch (error) {
      if (error instanceof WorkspaceError) throw error;
      if (timeout.signal.aborted) throw new WorkspaceTimeoutError(operationId, timeoutMs);
      if (call.signal?.aborted) throw new WorkspaceAbortError(operationId);
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
 * A client for every operation of the spec. Each method validates its parameters and body,
 * sends the request, and resolves to `{ data, response, requestId }` or `{ error, response,
 * requestId }`. Faults throw typed errors. Buying and changing calls (POST, PUT, PATCH, DELETE)
 * are sent exactly once; lookups (GET, HEAD) are retried as `retries` says.
 */
export function createWorkspaceClient(options: WorkspaceClientOptions) {
  const ctx = createWorkspaceContext(options);
  const client = { ...bindOperations(ctx), raw: ctx.raw, baseUrl: ctx.baseUrl };
  Object.defineProperty(client, 'toJSON', { value: (ctx as unknown as { toJSON: () => unknown }).toJSON });
  return client;
}

export type WorkspaceClient = ReturnType<typeof createWorkspaceClient>;
