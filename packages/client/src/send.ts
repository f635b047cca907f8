/**
 * Sends one operation: snapshot and validate the request, serialize it once, send exactly those
 * bytes (once for buying and changing calls; with retries for lookups), never follow a redirect,
 * cap the answer's size, and say whether a failed call can have reached the service.
 */
import type { Client } from 'openapi-fetch';
import type { paths } from '@hwc-workspace/types';
import { checkInput, checkRequest, type Issue, type OperationValidators, type RequestInput } from '@hwc-workspace/validators';
import { WorkspaceAbortError, WorkspaceError, WorkspaceNetworkError, WorkspaceTimeoutError, WorkspaceValidationError } from './errors.js';
import { SENT_BODY } from './auth.js';
import { limitResponse, ResponseTooLarge } from './limit.js';
import { isSafe, type CallOptions, type OperationDescriptor, type Send } from './operation.js';
import { toResult, type RawAnswer } from './results.js';
import { backoffMs, isRetryableStatus, retryAfterMs, sleep } from './retry.js';
import { addCallHeaders } from './headers.js';
import type { Scrubber } from './scrub.js';
import { buildHeaders, buildPath, buildQuery } from './serialize.js';

export interface SenderConfig {
  readonly raw: Client<paths>;
  readonly baseUrl: string;
  /** The project ID, or the promise of the IAM lookup that finds it. */
  readonly project: () => string | Promise<string>;
  readonly fetch: (request: Request) => Promise<Response>;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly validate: boolean;
  readonly validateResponses: boolean;
  readonly maxResponseBytes: number;
  readonly scrub: Scrubber;
}

/** Failures that happen before any byte of the request can have left the machine. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_INVALID_ARG', 'UND_ERR_NOT_SUPPORTED', 'ERR_INVALID_URL']);
/** fetch's own refusals before it connects, which carry a message and no code: a port the Fetch standard blocks. */
const REFUSED_BY_FETCH = new Set(['bad port']);

const tooLarge = (error: unknown) => error instanceof ResponseTooLarge || (error as { cause?: unknown })?.cause instanceof ResponseTooLarge;

function codeOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  return typeof e?.cause?.code === 'string' ? e.cause.code : typeof e?.code === 'string' ? e.code : undefined;
}

function describe(error: unknown, scrub: Scrubber): string {
  const e = error as { message?: unknown; cause?: { message?: unknown } };
  const message = typeof e?.cause?.message === 'string' ? e.cause.message : typeof e?.message === 'string' ? e.message : String(error);
  const code = codeOf(error);
  return scrub(code ? `${code} (${message})` : message);
}

/** Did the request leave? A platform TypeError without a cause is a request it refused to build. */
function mayHaveLeft(error: unknown, dispatched: boolean): boolean {
  if (!dispatched) return false;
  const code = codeOf(error);
  if (code !== undefined) return !NOT_SENT.has(code);
  const cause = (error as { cause?: { message?: unknown } }).cause;
  if (typeof cause?.message === 'string' && REFUSED_BY_FETCH.has(cause.message)) return false;
  return !(error instanceof TypeError && cause === undefined);
}

/** JSON objects without a prototype: a parameter named `toString` or `constructor` is absent unless given. */
const bare = (_key: string, value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.assign(Object.create(null) as object, value) : value);

/** The request exactly as it will be sent: read once (getters, toJSON), so what is checked is what goes. */
function snapshot(op: OperationDescriptor, input: RequestInput | undefined, issues: Issue[]): { params: RequestInput; body: unknown; text: string | undefined } {
  let params: RequestInput = {};
  try {
    params = JSON.parse(JSON.stringify({ path: input?.path, query: input?.query, headers: input?.headers }) ?? '{}', bare) as RequestInput;
  } catch {
    issues.push({ path: '', message: 'the parameters cannot be turned into JSON values', keyword: 'type' });
  }
  if (!op.body || input?.body === undefined || op.body.kind !== 'json') return { params, body: input?.body, text: undefined };
  try {
    const text = JSON.stringify(input.body);
    return { params, body: text === undefined ? undefined : JSON.parse(text), text };
  } catch (error) {
    issues.push({ path: '', message: `the body cannot be turned into JSON (${(error as Error).message})`, keyword: 'type' });
    return { params, body: undefined, text: undefined };
  }
}

export function createSender(config: SenderConfig): Send {
  const request = config.raw.request as unknown as (method: string, path: string, init: Record<string, unknown>) => Promise<RawAnswer>;
  return async <D>(op: OperationDescriptor, validators: OperationValidators, input: RequestInput, call: CallOptions = {}) => {
    const { operationId, method } = op;
    const issues: Issue[] = [];
    const { params, body, text } = snapshot(op, input, issues);
    const pathValues: Record<string, unknown> = Object.assign(Object.create(null) as object, params.path);
    if (config.validate && issues.length === 0) {
      const result = op.shape === 'body' ? checkRequest(validators, body) : checkInput(validators, { ...params, ...(body !== undefined ? { body } : {}) });
      if (!result.ok) issues.push(...result.issues);
    }
    const fill = op.parameters.filter((p) => p.filledBy === 'projectId');
    // Looked up in IAM once, only for a valid call and before any of it is sent (a failed lookup throws
    // here); an invalid call throws below with a stand-in that adds no issue of its own.
    const known = fill.length === 0 ? undefined : issues.length === 0 ? config.project() : 'project';
    const projectId = typeof known === 'object' ? await known : known;
    for (const p of fill) pathValues[p.name] = projectId;
    const path = buildPath(op, pathValues, issues);
    const query = buildQuery(op, params.query, issues);
    const headers: Record<string, string> = { ...buildHeaders(op, params.headers, issues) };
    addCallHeaders(call.headers, headers, issues);
    if (issues.length > 0) throw new WorkspaceValidationError(operationId, issues);
    const sent = op.body?.kind === 'json' ? text : input?.body;
    if (sent !== undefined && op.body && !(sent instanceof FormData)) headers['Content-Type'] = op.body.mediaType;
    if (call.signal?.aborted) throw new WorkspaceAbortError(operationId, false);

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), config.timeoutMs);
    // A retry wait that would pass the deadline is not started: the answer at hand is the result.
    const deadline = Date.now() + config.timeoutMs;
    const fits = (wait: number) => Date.now() + wait < deadline;
    const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
    const safe = isSafe(op);
    const attempts = safe ? config.retries + 1 : 1;
    let dispatched = false;
    const fetchOnce = async (req: Request) => {
      dispatched = true;
      return limitResponse(await config.fetch(req), config.maxResponseBytes);
    };
    const failure = (error: unknown, attempt?: number): WorkspaceError => {
      if (error instanceof WorkspaceError) return error;
      if (tooLarge(error)) {
        // An answer came: asking again would bring the same one back, so a lookup is not retried.
        return new WorkspaceNetworkError(operationId, `the answer is larger than maxResponseBytes (${config.maxResponseBytes}) and was not read`, true, safe ? 0 : undefined, safe ? ' (the same answer would come back). Did you mean to raise maxResponseBytes?' : '');
      }
      if (timeout.signal.aborted) return new WorkspaceTimeoutError(operationId, config.timeoutMs, safe);
      if (call.signal?.aborted) return new WorkspaceAbortError(operationId, dispatched, safe);
      return new WorkspaceNetworkError(operationId, describe(error, config.scrub), mayHaveLeft(error, dispatched), attempt);
    };
    try {
      for (let attempt = 0; ; attempt++) {
        const last = attempt + 1 >= attempts;
        let answer: RawAnswer;
        try {
          answer = await request(method, op.path, {
            // A text body is signed in place from this very string; other bodies are read back.
            params: { path: pathValues, [SENT_BODY]: typeof sent === 'string' ? sent : sent === undefined ? null : undefined },
            pathSerializer: () => `${config.baseUrl}${path}`,
            querySerializer: () => query,
            body: sent,
            bodySerializer: (b: unknown) => b,
            headers,
            parseAs: 'stream',
            redirect: 'manual',
            fetch: fetchOnce,
            signal,
          });
        } catch (error) {
          const wait = backoffMs(attempt, undefined) ?? 0;
          if (last || error instanceof WorkspaceError || signal.aborted || tooLarge(error) || !fits(wait)) throw failure(error, safe ? attempt : undefined);
          await sleep(wait, signal);
          continue;
        }
        const retry = !last && isRetryableStatus(answer.response.status) ? backoffMs(attempt, retryAfterMs(answer.response.headers.get('Retry-After'))) : undefined;
        const wait = retry !== undefined && fits(retry) ? retry : undefined;
        if (wait === undefined) return await toResult<D>(op, validators, answer, config.validateResponses, config.scrub);
        await answer.data?.cancel().catch(() => undefined);
        await sleep(wait, signal);
      }
    } catch (error) {
      throw failure(error);
    } finally {
      clearTimeout(timer);
    }
  };
}
