/**
 * Downloads API Explorer definitions from Huawei's public detail endpoint (the URL shape of
 * ../shared/definitions/README.md): a plain GET, no credentials, one request at a time with a
 * pause between them. API Explorer answers an error body with `error_code: APIGW.0308` when asked
 * too fast; those answers are retried after a growing pause. Anything else that is not a JSON
 * object (a network failure, a timeout, another error body, HTML, an answer over the size cap)
 * stops the run with one line naming the operation and the URL.
 */
import { ResponseTooLarge, readLimitedText } from '@hwc-workspace/codegen/runtime/limit';

export const DEFAULT_ORIGIN = 'https://console.huaweicloud.com';
export const DEFAULT_REGION = 'cn-north-4';
const THROTTLED = 'APIGW.0308';

export interface FetchOptions {
  /** Region of the definitions (`region_id`), cn-north-4 unless told. */
  readonly region?: string;
  /** Replaces https://console.huaweicloud.com (tests point it at a local server). */
  readonly origin?: string;
  /** Per request, covering the whole answer. */
  readonly timeoutMs?: number;
  /** Largest answer read, in bytes. */
  readonly maxBytes?: number;
  /** Pause between two requests. */
  readonly paceMs?: number;
  /** Throttled answers retried per definition, each after twice the previous pause. */
  readonly retries?: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface Fetched {
  readonly name: string;
  readonly url: string;
  readonly text: string;
}

/** One line: what failed, why, and what to try. Exit code 2. */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

const DEFAULTS = {
  region: DEFAULT_REGION,
  origin: DEFAULT_ORIGIN,
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  paceMs: 1_000,
  retries: 5,
};
const sleeper = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The detail URL of one operation's definition. */
export function definitionUrl(name: string, region = DEFAULT_REGION, origin = DEFAULT_ORIGIN): string {
  const q = new URLSearchParams({ product_short: 'Workspace', name, region_id: region });
  return `${origin}/apiexplorer/new/v4/apis/detail?${q}`;
}

/** An origin as `--fetch-base` takes it: http(s)://host[:port], nothing after. */
export function checkOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new FetchError(`Failed to use --fetch-base ${origin}: not a URL. Did you mean http://127.0.0.1:8080?`);
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.pathname !== '/' || url.search || url.hash)
    throw new FetchError(
      `Failed to use --fetch-base ${origin}: an origin is http(s)://host[:port] with nothing after it. Did you mean ${url.protocol}//${url.host}?`,
    );
  return url.origin;
}

/** fetch's own "fetch failed" with the reason undici keeps in `cause` (ECONNREFUSED, ENOTFOUND, bad port). */
function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  const detail = cause?.code ?? cause?.errors?.find((x) => x.code)?.code ?? cause?.message;
  return `${(e as Error).message}${detail ? ` (${detail})` : ''}`;
}

type Answer = { kind: 'ok'; text: string } | { kind: 'throttled' };

async function once(name: string, url: string, o: typeof DEFAULTS & { fetch: typeof fetch }): Promise<Answer> {
  const fail = (why: string, hint = 'Did you check the operation name and your network?'): never => {
    throw new FetchError(`Failed to fetch the definition of ${name} from ${url}: ${why}. ${hint}`);
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    let res: Response;
    try {
      // A plain GET: no credentials, no cookies, no redirect followed.
      res = await o.fetch(url, {
        method: 'GET',
        headers: { accept: 'application/json' },
        redirect: 'manual',
        credentials: 'omit',
        signal: controller.signal,
      });
    } catch (e) {
      fail(controller.signal.aborted ? `no answer within ${o.timeoutMs} ms` : networkReason(e));
    }
    if (res!.status >= 300 && res!.status < 400)
      fail(
        `the server redirected (${res!.status}) to ${res!.headers.get('location') ?? 'nowhere'}; doc-sync follows no redirect`,
        'Did you pass the right --fetch-base?',
      );
    const text = await readLimitedText(res!, o.maxBytes).catch((e: unknown) => {
      if (e instanceof ResponseTooLarge)
        return fail(
          `the answer is ${e.declared === undefined ? '' : `${e.declared} bytes, `}more than the ${o.maxBytes} bytes a definition may take`,
        );
      return fail(
        controller.signal.aborted
          ? `no complete answer within ${o.timeoutMs} ms`
          : `the answer broke off (${(e as Error).message})`,
      );
    });
    let body: unknown;
    try {
      body = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      fail(
        `the answer (status ${res!.status}, ${res!.headers.get('content-type') ?? 'no content type'}) is not JSON: ${JSON.stringify(text.slice(0, 60))}`,
        'Did the endpoint move? The URL shape is in shared/definitions/README.md.',
      );
    }
    const obj = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
    const code = obj && typeof obj.error_code === 'string' ? obj.error_code : undefined;
    if (code === THROTTLED) return { kind: 'throttled' };
    if (code !== undefined || res!.status >= 400)
      fail(
        `the server answered ${res!.status}${code ? ` with error_code ${code}` : ''}${obj && typeof obj.error_msg === 'string' ? `: ${obj.error_msg.slice(0, 200)}` : ''}`,
        'Did you spell the operation as API Explorer names it (CreateOrder, ShowJob)?',
      );
    if (!obj || typeof obj.paths !== 'object')
      fail(
        'the answer is JSON but no API definition (no "paths")',
        'Did the endpoint move? The URL shape is in shared/definitions/README.md.',
      );
    return { kind: 'ok', text };
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches each named definition in turn, paced; throttled answers retried with backoff. */
export async function fetchDefinitions(names: readonly string[], options: FetchOptions = {}): Promise<Fetched[]> {
  const o = {
    ...DEFAULTS,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    fetch: options.fetch ?? globalThis.fetch,
  };
  const sleep = options.sleep ?? sleeper;
  const origin = checkOrigin(o.origin);
  if (!/^[a-z]{2}(-[a-z0-9]+)+$/.test(o.region))
    throw new FetchError(`Failed to use --region ${o.region}: not a region ID. Did you mean cn-north-4 or ap-southeast-1?`);
  // Names become file names under --save: identifiers only, as API Explorer spells operations.
  const bad = names.find((n) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(n));
  if (bad !== undefined)
    throw new FetchError(
      `Failed to fetch ${JSON.stringify(bad)}: an operation name is an identifier such as CreateOrder. Did you pass a file to --fetch?`,
    );
  const out: Fetched[] = [];
  for (const [i, name] of names.entries()) {
    if (i > 0) await sleep(o.paceMs);
    const url = definitionUrl(name, o.region, origin);
    let pause = Math.max(o.paceMs, 1) * 2;
    for (let attempt = 0; ; attempt++) {
      const answer = await once(name, url, o);
      if (answer.kind === 'ok') {
        out.push({ name, url, text: answer.text });
        break;
      }
      if (attempt >= o.retries)
        throw new FetchError(
          `Failed to fetch the definition of ${name} from ${url}: still throttled (error_code ${THROTTLED}) after ${o.retries} retries. Did you run several fetches at once? Try again in a minute.`,
        );
      await sleep(pause);
      pause *= 2;
    }
  }
  return out;
}
