/**
 * Retries for calls that change nothing only (GET, HEAD, and operations the spec marks
 * `x-hwc-idempotent`, such as price inquiries): on a network error, 429, 502, 503 or 504, with full
 * jitter exponential backoff that honours Retry-After (capped). Buying and changing calls never
 * come here: the client sends them once.
 */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const BASE_MS = 250;
const MAX_BACKOFF_MS = 4_000;
/** The longest Retry-After the client waits for; a longer one ends the retries. */
export const MAX_RETRY_AFTER_MS = 20_000;

export function isRetryableStatus(status: number): boolean {
  return RETRY_STATUSES.has(status);
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `attempt` (0-based): the server's Retry-After when it gives one
 * (undefined when that is beyond the cap: do not retry), else a random wait up to an
 * exponentially growing ceiling.
 */
export function backoffMs(
  attempt: number,
  retryAfter: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfter !== undefined) return retryAfter <= MAX_RETRY_AFTER_MS ? retryAfter : undefined;
  return Math.floor(random() * Math.min(MAX_BACKOFF_MS, BASE_MS * 2 ** attempt));
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
