/**
 * The IAM project ID that goes into every path: given, or looked up once from IAM for the
 * region, as Huawei's SDKs do (`GET /v3/projects?name=<region>` on the IAM endpoint, signed with
 * the same AK/SK; the answer's `projects` holds `{ id, name }`). Lookups are cached per IAM
 * endpoint, region and access key, and concurrent calls share one; a failed lookup is not cached.
 */
import { WorkspaceConfigError, WorkspaceError } from './errors.js';
import { limitResponse } from './generated/limit.js';
import { backoffMs, isRetryableStatus, sleep } from './retry.js';
import { hasControlCharacters, isWellFormed, type Scrubber } from './scrub.js';
import { type AkSkCredentials, signerFor, signOwnedRequest } from './signing.js';

/**
 * Regions with their own IAM endpoint `https://iam.<region>.myhuaweicloud.com`, as listed by
 * Huawei's Go SDK (core/auth/internal/iam_endpoint.go); the SDK sends every other region to the
 * global endpoint.
 */
const REGIONAL_IAM = new Set([
  'af-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ae-ad-1',
  'cn-east-2',
  'cn-east-3',
  'cn-east-4',
  'cn-east-5',
  'cn-north-1',
  'cn-north-2',
  'cn-north-4',
  'cn-north-9',
  'cn-north-12',
  'cn-south-1',
  'cn-south-2',
  'cn-southwest-2',
  'eu-west-0',
  'la-north-2',
  'la-south-2',
  'me-east-1',
  'my-kualalumpur-1',
  'na-mexico-1',
  'ru-moscow-1',
  'sa-brazil-1',
  'tr-west-1',
]);
const GLOBAL_IAM = 'https://iam.myhuaweicloud.com';

/** The IAM endpoint Huawei's SDKs use for a region. */
export function iamEndpointFor(region: string): string {
  return REGIONAL_IAM.has(region) ? `https://iam.${region}.myhuaweicloud.com` : GLOBAL_IAM;
}

/** The project ID goes into every path: it must stay one segment of well-formed text. */
export function checkProjectId(projectId: unknown, where = 'projectId'): asserts projectId is string {
  const fail = (why: string) =>
    new WorkspaceConfigError(
      `Failed to create the Workspace client: ${where} ${why}. Did you pass the IAM project ID of the region?`,
    );
  if (typeof projectId !== 'string' || projectId.trim() === '') throw fail('is missing');
  if (projectId === '.' || projectId === '..') throw fail('cannot be "." or ".." (it would change the path)');
  if (hasControlCharacters(projectId) || !isWellFormed(projectId)) throw fail('contains control characters or malformed text');
}

export interface ProjectLookup {
  readonly iamEndpoint: string;
  readonly region: string;
  readonly credentials: AkSkCredentials;
  readonly fetch: (request: Request) => Promise<Response>;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly maxResponseBytes: number;
  readonly scrub: Scrubber;
}

const CACHE = new Map<string, Promise<string>>();

/** Forgets every looked-up project (for tests). */
export function clearProjectCache(): void {
  CACHE.clear();
}

/** The region's project ID from IAM: once per endpoint, region and access key. */
export function lookUpProject(lookup: ProjectLookup): Promise<string> {
  const key = `${lookup.iamEndpoint}\n${lookup.region}\n${lookup.credentials.accessKey}`;
  let pending = CACHE.get(key);
  if (!pending) {
    pending = askIam(lookup);
    CACHE.set(key, pending);
    pending.catch(() => CACHE.delete(key));
  }
  return pending;
}

const advice = 'The operation was not sent. Did you mean to pass projectId (or set HUAWEICLOUD_SDK_PROJECT_ID)?';

async function askIam(lookup: ProjectLookup): Promise<string> {
  const what = `Failed to look up the project of region ${JSON.stringify(lookup.region)} in IAM`;
  const url = new URL('/v3/projects', lookup.iamEndpoint);
  url.searchParams.set('name', lookup.region);
  const signal = AbortSignal.timeout(lookup.timeoutMs);
  const signer = signerFor(lookup.credentials);
  let response: Response | undefined;
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= lookup.retries;
    try {
      const request = await signOwnedRequest(
        new Request(url, { method: 'GET', headers: { 'Content-Type': 'application/json' }, redirect: 'manual', signal }),
        signer,
      );
      response = limitResponse(await lookup.fetch(request), lookup.maxResponseBytes);
    } catch (error) {
      if (last || signal.aborted) {
        const reason = signal.aborted
          ? `no answer within ${lookup.timeoutMs} ms`
          : lookup.scrub(String((error as Error)?.message ?? error));
        throw new WorkspaceError(`${what}: ${reason}. ${advice}`);
      }
      await sleep(backoffMs(attempt, undefined) ?? 0, signal).catch(() => undefined);
      continue;
    }
    if (last || !isRetryableStatus(response.status)) break;
    await response.body?.cancel().catch(() => undefined);
    await sleep(backoffMs(attempt, undefined) ?? 0, signal).catch(() => undefined);
  }
  const trace = response.headers.get('X-IAM-Trace-Id') ?? response.headers.get('X-Request-Id');
  const traced = trace ? ` (trace id ${trace})` : '';
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const detail = body as { error?: { message?: unknown }; error_msg?: unknown } | undefined;
    const message =
      typeof detail?.error?.message === 'string'
        ? detail.error.message
        : typeof detail?.error_msg === 'string'
          ? detail.error_msg
          : '';
    const Kind = response.status === 401 || response.status === 403 ? WorkspaceConfigError : WorkspaceError;
    throw new Kind(
      `${what}: IAM answered ${response.status}${message ? ` (${lookup.scrub(message.slice(0, 200))})` : ''}${traced}. ${advice}`,
    );
  }
  const projects = (body as { projects?: unknown } | undefined)?.projects;
  if (!Array.isArray(projects)) throw new WorkspaceError(`${what}: IAM's answer has no list of projects${traced}. ${advice}`);
  const ids = projects.map((p) => (p as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
  if (ids.length === 0)
    throw new WorkspaceConfigError(
      `${what}: the account has no project named ${JSON.stringify(lookup.region)}${traced}. ${advice}`,
    );
  if (ids.length > 1)
    throw new WorkspaceConfigError(
      `${what}: the account has ${ids.length} projects for it (${ids.join(', ')})${traced}. Did you mean to pass one of them as projectId?`,
    );
  checkProjectId(ids[0], 'the project ID IAM answered with');
  return ids[0] as string;
}
