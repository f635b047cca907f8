import type { paths } from '@hwc-workspace/types';
import createClient, { type Client } from 'openapi-fetch';
import { type Authorizer, authMiddleware, createAuthorizer, type WorkspaceAuth } from './authorize.js';
import { readCredentials, secretsOf } from './credentials.js';
import { resolveEndpoint } from './endpoint.js';
import { credentialsFromEnvironment, ENV_NAMES, noCredentials } from './env.js';
import { WorkspaceConfigError } from './errors.js';
import { limitResponse } from './generated/limit.js';
import {
  bindOperations,
  DEFAULT_REGION,
  JOBS,
  type JobData,
  type Region,
  type SubJobData,
  type WorkspaceOperations,
} from './generated/operations.js';
import { checkClientHeaders } from './headers.js';
import type { OperationContext } from './operation.js';
import { checkProjectId, iamEndpointFor, lookUpProject } from './project.js';
import { scrubber } from './scrub.js';
import { createSender } from './send.js';
import { VERSION } from './version.js';
import { type FinishedJob, type WaitForJobOptions, waitForJob } from './wait.js';

export interface WorkspaceClientOptions {
  /** One of the Workspace regions; `ap-southeast-1` when neither this nor `endpoint` is given. */
  readonly region?: Region;
  /** Any base URL (proxy, mock server); wins over `region`. */
  readonly endpoint?: string;
  /**
   * The IAM project ID that goes into every path. Optional with AK/SK: then HUAWEICLOUD_SDK_PROJECT_ID
   * (with keys from the environment), else the client asks IAM once for the region's project.
   * Token auth needs it.
   */
  readonly projectId?: string;
  /**
   * `{ token }` (X-Auth-Token) or `{ accessKey, secretKey, securityToken? }` (AK/SK signing).
   * Without it: HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_SECURITY_TOKEN from the
   * environment; with neither, only an `endpoint` (a mock, a proxy that signs) can be used.
   */
  readonly auth?: WorkspaceAuth;
  /** Where the project lookup asks IAM (default: the region's IAM endpoint, as Huawei's SDKs use). */
  readonly iamEndpoint?: string;
  /** Give up on a call after this many milliseconds (default 30000). */
  readonly timeoutMs?: number;
  /**
   * How often a call that changes nothing (GET, HEAD, a price inquiry marked `x-hwc-idempotent`) is retried after a network error, 429, 502, 503 or 504
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

/** The longest delay setTimeout keeps: 2^31 - 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The set-up shared by all operations (endpoint, auth, timeouts, validation), without the
 * operations themselves: pass it to `createOrder(ctx, body)` and friends to bundle only those.
 */
export function createWorkspaceContext(options: WorkspaceClientOptions): OperationContext & { readonly baseUrl: string } {
  return setUp(options).ctx;
}

/** What client.raw shares with the operations. */
interface Shared {
  readonly baseUrl: string;
  readonly headers: Record<string, string>;
  readonly fetch: (request: Request) => Promise<Response>;
  readonly maxResponseBytes: number;
  readonly authorizer: Authorizer | undefined;
}

/**
 * client.raw: openapi-fetch over the operations' fetch, headers, size cap and auth. Made only by
 * createWorkspaceClient, so a bundle of createWorkspaceContext and one operation carries no
 * openapi-fetch (2.6 kB min+gzip, measured).
 */
function rawClient(shared: Shared): Client<paths> {
  const raw = createClient<paths>({
    baseUrl: shared.baseUrl,
    fetch: async (request: Request) => limitResponse(await shared.fetch(request), shared.maxResponseBytes),
    headers: shared.headers,
  });
  if (shared.authorizer) raw.use(authMiddleware(shared.authorizer));
  return raw;
}

function setUp(options: WorkspaceClientOptions): { ctx: OperationContext & { readonly baseUrl: string }; shared: Shared } {
  if (options?.projectId !== undefined) checkProjectId(options.projectId);
  const fromEnv = options?.auth ? undefined : credentialsFromEnvironment();
  // Read once and checked: strings only, sendable in a header as they are, never echoed.
  const auth = readCredentials(options?.auth ?? fromEnv?.auth);
  if (!auth && options?.endpoint === undefined) throw noCredentials();
  const projectId = options.projectId ?? fromEnv?.projectId;
  if (projectId !== undefined) checkProjectId(projectId, options.projectId !== undefined ? 'projectId' : ENV_NAMES.projectId);
  else if (!auth || 'token' in auth) {
    throw new WorkspaceConfigError(
      `Failed to create the Workspace client: projectId is missing, and ${auth ? 'a token' : 'without credentials the client'} cannot look it up in IAM. Did you pass the IAM project ID of the region (or AK/SK)?`,
    );
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (options.retries !== undefined && !(Number.isInteger(options.retries) && options.retries >= 0)) {
    throw new WorkspaceConfigError(
      `Failed to create the Workspace client: retries must be a whole number >= 0, not ${String(options.retries)}.`,
    );
  }
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new WorkspaceConfigError(
      `Failed to create the Workspace client: timeoutMs must be a positive number, not ${String(options.timeoutMs)}.`,
    );
  // Timers hold 32-bit signed milliseconds: Node fires a longer one after 1 ms, which would end every call at once.
  if (timeoutMs > MAX_TIMER_MS)
    throw new WorkspaceConfigError(
      `Failed to create the Workspace client: timeoutMs must be at most ${MAX_TIMER_MS} (about 24.8 days), not ${String(options.timeoutMs)}.`,
    );
  const baseUrl = resolveEndpoint(options);
  if (options.userAgent !== undefined && typeof options.userAgent !== 'string')
    throw new WorkspaceConfigError('Failed to create the Workspace client: userAgent must be a string, like "my-app/1.0".');
  const userAgent = `hwc-workspace-client/${VERSION}${options.userAgent ? ` ${options.userAgent}` : ''}`;
  checkClientHeaders({ 'User-Agent': userAgent, ...options.headers });
  if (options.maxResponseBytes !== undefined && !(Number.isInteger(options.maxResponseBytes) && options.maxResponseBytes > 0)) {
    throw new WorkspaceConfigError(
      `Failed to create the Workspace client: maxResponseBytes must be a whole number > 0, not ${String(options.maxResponseBytes)}.`,
    );
  }
  // Look the global fetch up per call, so test tools that patch it later still see requests.
  const userFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const headers: Record<string, string> = { 'User-Agent': userAgent, ...options.headers };
  const maxResponseBytes = options.maxResponseBytes ?? 10 * 1024 * 1024;
  let known = projectId;
  const lookup = () => {
    // With an endpoint of its own (a proxy, a mock) the client cannot tell the region: it must be given.
    const region = options.region ?? (options.endpoint === undefined ? DEFAULT_REGION : undefined);
    if (region === undefined || !auth || 'token' in auth)
      throw new WorkspaceConfigError(
        'Failed to look up the project in IAM: no region to look it up for (an endpoint does not say which region it serves). The operation was not sent. Did you pass region or projectId?',
      );
    return lookUpProject({
      iamEndpoint:
        options.iamEndpoint !== undefined ? resolveEndpoint({ endpoint: options.iamEndpoint }) : iamEndpointFor(region),
      region,
      credentials: auth,
      fetch: userFetch,
      timeoutMs,
      retries: options.retries ?? 2,
      maxResponseBytes,
      scrub: scrubber(secretsOf(auth)),
    }).then((id) => (known = id));
  };
  const project = (): string | Promise<string> => known ?? lookup();
  const authorizer = auth ? createAuthorizer(auth, project) : undefined;
  const validate = options.validate ?? true;
  const validateResponses = options.validateResponses ?? false;

  const send = createSender({
    baseUrl,
    headers,
    authorizer,
    project,
    fetch: options.fetch,
    timeoutMs,
    retries: options.retries ?? 2,
    validate,
    validateResponses,
    maxResponseBytes,
    scrub: scrubber(secretsOf(auth)),
  });
  const ctx = {
    /** The project ID: given, or once IAM answered the lookup. */
    get projectId() {
      return known;
    },
    send,
    baseUrl,
  };
  // Printing shows where it talks to, never how it authenticates.
  Object.defineProperty(ctx, 'toJSON', {
    value: () => ({ baseUrl, projectId: known, auth: auth ? ('token' in auth ? 'token' : 'aksk') : 'none' }),
  });
  return { ctx, shared: { baseUrl, headers, fetch: userFetch, maxResponseBytes, authorizer } };
}

/**
 * A client for every operation of the spec. Each method validates its parameters and body,
 * sends the request, and resolves to `{ data, response, requestId }` or `{ error, response,
 * requestId }`. Faults throw typed errors. Buying and changing calls (POST, PUT, PATCH, DELETE)
 * are sent exactly once; lookups and inquiries (GET, HEAD, `x-hwc-idempotent`) are retried as `retries` says.
 */
export function createWorkspaceClient(options: WorkspaceClientOptions): WorkspaceClient {
  const { ctx, shared } = setUp(options);
  const client: WorkspaceClient = {
    ...bindOperations(ctx),
    raw: rawClient(shared),
    baseUrl: ctx.baseUrl,
    waitForJob: (jobId, options) => waitForJob(ctx, JOBS, jobId, options),
  };
  Object.defineProperty(client, 'toJSON', { value: (ctx as unknown as { toJSON: () => unknown }).toJSON });
  return client;
}

/** What createWorkspaceClient returns: a method per operation, the openapi-fetch client, the base URL and waitForJob. */
export interface WorkspaceClient extends WorkspaceOperations {
  /** openapi-fetch over the operations' fetch, headers, size cap and auth (no validation, no retry policy of ours). */
  readonly raw: Client<paths>;
  readonly baseUrl: string;
  /**
   * Polls the job an order answered with (ShowJob, with a growing interval) until it succeeds
   * or fails, then reads its sub-jobs. Sends only lookups; a timeout or abort stops the wait,
   * never the job.
   */
  waitForJob(jobId: string, options?: WaitForJobOptions<JobData>): Promise<FinishedJob<JobData, SubJobData>>;
}
