import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '@hwc-workspace/types';
import { authMiddleware, type WorkspaceAuth } from './auth.js';
import { resolveEndpoint } from './endpoint.js';
import { WorkspaceConfigError } from './errors.js';
import { bindOperations, type Region, type WorkspaceOperations } from './generated/operations.js';
import type { OperationContext } from './operation.js';
import { hasControlCharacters, isWellFormed, scrubber } from './scrub.js';
import { createSender } from './send.js';
import { VERSION } from './version.js';

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
  /** The most an answer may weigh once decompressed, in bytes (default 10 MiB). */
  readonly maxResponseBytes?: number;
  /** Check every body and parameter against the spec before sending (default true). */
  readonly validate?: boolean;
  /** Check every answer against the spec; a success that does not match throws WorkspaceUnreadableAnswerError (default false). */
  readonly validateResponses?: boolean;
  /** A fetch implementation; the global one by default. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Appended to the User-Agent header. */
  readonly userAgent?: string;
  /** Extra headers sent with every request. */
  readonly headers?: Record<string, string>;
}


/** Every credential string, so that no message taken from a lower layer can carry one. */
function secretsOf(auth: WorkspaceAuth | undefined): (string | undefined)[] {
  if (!auth) return [];
  return 'token' in auth ? [auth.token] : [auth.accessKey, auth.secretKey, auth.securityToken];
}

/** The project ID goes into every path: it must stay one segment of well-formed text. */
function checkProjectId(projectId: unknown): asserts projectId is string {
  const fail = (why: string) => new WorkspaceConfigError(`Failed to create the Workspace client: projectId ${why}. Did you pass the IAM project ID of the region?`);
  if (typeof projectId !== 'string' || projectId.trim() === '') throw fail('is missing');
  if (projectId === '.' || projectId === '..') throw fail('cannot be "." or ".." (it would change the path)');
  if (hasControlCharacters(projectId) || !isWellFormed(projectId)) throw fail('contains control characters or malformed text');
}

/**
 * The set-up shared by all operations (endpoint, auth, timeouts, validation), without the
 * operations themselves: pass it to `createOrder(ctx, body)` and friends to bundle only those.
 */
export function createWorkspaceContext(options: WorkspaceClientOptions): OperationContext & { readonly baseUrl: string } {
  checkProjectId(options?.projectId);
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (options.retries !== undefined && !(Number.isInteger(options.retries) && options.retries >= 0)) {
    throw new WorkspaceConfigError(`Failed to create the Workspace client: retries must be a whole number >= 0, not ${String(options.retries)}.`);
  }
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new WorkspaceConfigError(`Failed to create the Workspace client: timeoutMs must be a positive number, not ${String(options.timeoutMs)}.`);
  const baseUrl = resolveEndpoint(options);
  const userAgent = `hwc-workspace-client/${VERSION}${options.userAgent ? ` ${options.userAgent}` : ''}`;
  for (const [name, value] of Object.entries({ userAgent: options.userAgent ?? '', ...options.headers })) {
    if (typeof value !== 'string' || hasControlCharacters(value) || hasControlCharacters(name)) {
      throw new WorkspaceConfigError(`Failed to create the Workspace client: the ${name === 'userAgent' ? 'userAgent' : `header ${JSON.stringify(name.replace(/[\r\n\0]/g, ' '))}`} contains a line break or NUL (value not shown). Did you paste it with its newline?`);
    }
  }
  if (options.maxResponseBytes !== undefined && !(Number.isInteger(options.maxResponseBytes) && options.maxResponseBytes > 0)) {
    throw new WorkspaceConfigError(`Failed to create the Workspace client: maxResponseBytes must be a whole number > 0, not ${String(options.maxResponseBytes)}.`);
  }
  // Look the global fetch up per call, so test tools that patch it later still see requests.
  const userFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const raw = createClient<paths>({ baseUrl, fetch: userFetch, headers: { 'User-Agent': userAgent, ...options.headers } });
  if (options.auth) raw.use(authMiddleware(options.auth, options.projectId));
  const validate = options.validate ?? true;
  const validateResponses = options.validateResponses ?? false;

  const send = createSender({
    raw,
    baseUrl,
    projectId: options.projectId,
    fetch: userFetch,
    timeoutMs,
    retries: options.retries ?? 2,
    validate,
    validateResponses,
    maxResponseBytes: options.maxResponseBytes ?? 10 * 1024 * 1024,
    scrub: scrubber(secretsOf(options.auth)),
  });
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
export function createWorkspaceClient(options: WorkspaceClientOptions): WorkspaceClient {
  const ctx = createWorkspaceContext(options);
  const client = { ...bindOperations(ctx), raw: ctx.raw, baseUrl: ctx.baseUrl };
  Object.defineProperty(client, 'toJSON', { value: (ctx as unknown as { toJSON: () => unknown }).toJSON });
  return client;
}

/** What createWorkspaceClient returns: a method per operation, the openapi-fetch client, and the base URL. */
export interface WorkspaceClient extends WorkspaceOperations {
  /** The underlying openapi-fetch client (no validation, no retry policy of ours). */
  readonly raw: Client<paths>;
  readonly baseUrl: string;
}
