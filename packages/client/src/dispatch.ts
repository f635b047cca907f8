/**
 * Step 2 of a call: dispatch a prepared request with the platform fetch. One deadline for the
 * whole call; retries (with backoff, Retry-After within the deadline) only for operations that
 * change nothing; never a redirect followed; the answer's size capped. Each attempt is built
 * afresh and authorized (step 3, authorize.ts) over the exact body text it carries. A failure
 * says whether the request can have reached the service.
 */
import type { Authorizer } from './authorize.js';
import { WorkspaceAbortError, WorkspaceError, WorkspaceNetworkError, WorkspaceTimeoutError } from './errors.js';
import type { OperationDescriptor } from './generated/descriptor.js';
import { ResponseTooLarge } from './generated/limit.js';
import { isSafe } from './operation.js';
import type { Prepared } from './prepare.js';
import { type RawAnswer, readAnswer } from './results.js';
import { backoffMs, isRetryableStatus, retryAfterMs, sleep } from './retry.js';
import type { Scrubber } from './scrub.js';

export interface DispatchConfig {
  readonly baseUrl: string;
  /** The client-wide headers (User-Agent, `headers`); a call's own headers win over them. */
  readonly headers: Readonly<Record<string, string>>;
  readonly authorizer: Authorizer | undefined;
  /**
   * The caller's fetch, given a Request. Absent: the platform fetch, called with the URL and init
   * (looked up per call, so test tools that patch it later still see requests). Measured on Node
   * 20: a Request built first and then fetched costs undici a proxy stream for its body, about
   * 95 µs of a 255 µs loopback call.
   */
  readonly fetch: ((request: Request) => Promise<Response>) | undefined;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly maxResponseBytes: number;
  readonly scrub: Scrubber;
}

/** Failures that happen before any byte of the request can have left the machine. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_INVALID_ARG',
  'UND_ERR_NOT_SUPPORTED',
  'ERR_INVALID_URL',
]);
/** fetch's own refusals before it connects, which carry a message and no code: a port the Fetch standard blocks. */
const REFUSED_BY_FETCH = new Set(['bad port']);

const tooLarge = (error: unknown) =>
  error instanceof ResponseTooLarge || (error as { cause?: unknown })?.cause instanceof ResponseTooLarge;

function codeOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  return typeof e?.cause?.code === 'string' ? e.cause.code : typeof e?.code === 'string' ? e.code : undefined;
}

function describe(error: unknown, scrub: Scrubber): string {
  const e = error as { message?: unknown; cause?: { message?: unknown } };
  const message =
    typeof e?.cause?.message === 'string' ? e.cause.message : typeof e?.message === 'string' ? e.message : String(error);
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

/**
 * One attempt: the client-wide headers, the call's, then the auth over the body sent, handed to
 * the fetch. A text body (or none) is signed from this very string; a Blob or FormData is read
 * back once from a built Request.
 */
async function send(config: DispatchConfig, prepared: Prepared, signal: AbortSignal, leaving: () => void): Promise<Response> {
  const { method, body } = prepared;
  const url = `${config.baseUrl}${prepared.target}`;
  const headers = new Headers(config.headers);
  for (const [name, value] of Object.entries(prepared.headers)) headers.set(name, value);
  const auth = config.authorizer;
  const text = typeof body === 'string' ? body : body === undefined ? '' : undefined;
  if (auth && text !== undefined) {
    const pending = auth.headers(method, url, headers, text);
    if (pending) await pending;
  }
  const init: RequestInit = { method, headers, body: body as BodyInit | undefined, signal, redirect: 'manual' };
  if (auth && text === undefined) {
    const request = await auth.request(new Request(url, init));
    leaving();
    return config.fetch ? config.fetch(request) : globalThis.fetch(request);
  }
  leaving();
  return config.fetch ? config.fetch(new Request(url, init)) : globalThis.fetch(url, init);
}

/**
 * Sends `prepared` (once, or with retries for an operation that changes nothing) and hands the
 * final answer to `finish`, which reads it within the same deadline.
 */
export async function dispatch<R>(
  config: DispatchConfig,
  op: OperationDescriptor,
  prepared: Prepared,
  callSignal: AbortSignal | undefined,
  finish: (answer: RawAnswer) => Promise<R>,
): Promise<R> {
  const { operationId } = op;
  if (callSignal?.aborted) throw new WorkspaceAbortError(operationId, false);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), config.timeoutMs);
  // A retry wait that would pass the deadline is not started: the answer at hand is the result.
  const deadline = Date.now() + config.timeoutMs;
  const fits = (wait: number) => Date.now() + wait < deadline;
  const signal = callSignal ? AbortSignal.any([callSignal, timeout.signal]) : timeout.signal;
  const safe = isSafe(op);
  const attempts = safe ? config.retries + 1 : 1;
  let dispatched = false;
  const failure = (error: unknown, attempt?: number): WorkspaceError => {
    if (error instanceof WorkspaceError) return error;
    if (tooLarge(error)) {
      // An answer came: asking again would bring the same one back, so a lookup is not retried.
      return new WorkspaceNetworkError(
        operationId,
        `the answer is larger than maxResponseBytes (${config.maxResponseBytes}) and was not read`,
        true,
        safe ? 0 : undefined,
        safe ? ' (the same answer would come back). Did you mean to raise maxResponseBytes?' : '',
      );
    }
    if (timeout.signal.aborted) return new WorkspaceTimeoutError(operationId, config.timeoutMs, safe);
    if (callSignal?.aborted) return new WorkspaceAbortError(operationId, dispatched, safe);
    return new WorkspaceNetworkError(operationId, describe(error, config.scrub), mayHaveLeft(error, dispatched), attempt);
  };
  try {
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= attempts;
      let answer: RawAnswer;
      try {
        const response = await send(config, prepared, signal, () => (dispatched = true));
        answer = await readAnswer(response, prepared.method, config.maxResponseBytes);
      } catch (error) {
        const wait = backoffMs(attempt, undefined) ?? 0;
        if (last || error instanceof WorkspaceError || signal.aborted || tooLarge(error) || !fits(wait))
          throw failure(error, safe ? attempt : undefined);
        await sleep(wait, signal);
        continue;
      }
      const retry =
        !last && isRetryableStatus(answer.response.status)
          ? backoffMs(attempt, retryAfterMs(answer.response.headers.get('Retry-After')))
          : undefined;
      const wait = retry !== undefined && fits(retry) ? retry : undefined;
      if (wait === undefined) return await finish(answer);
      await answer.data?.cancel().catch(() => undefined);
      await sleep(wait, signal);
    }
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
  }
}
