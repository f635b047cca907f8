/**
 * Credentials and project as users have them: keys from HUAWEICLOUD_SDK_* when no auth is passed,
 * and the project ID looked up once in IAM (`GET /v3/projects?name=<region>`, signed with the same
 * keys) when none is given. IAM is a local stand-in that verifies each signature with the
 * client's own verifier, and answers like Keystone: `{ projects: [{ id, name }] }`.
 */

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { credentialsFromEnvironment, processEnvironment } from '../src/env.js';
import {
  createWorkspaceClient,
  createWorkspaceContext,
  type OperationDescriptor,
  verifyRequest,
  WorkspaceConfigError,
} from '../src/index.js';
import { clearProjectCache, iamEndpointFor } from '../src/project.js';
import { caught } from './caught.js';
import { param, validatorsOf } from './descriptors.js';
import { json, type Seen, serve } from './serve.js';

const AK = 'AKSTANDIN0000000001';
const SK = 'sk-standin-secret-value-0001';
const SHOW: OperationDescriptor = {
  operationId: 'ShowJob',
  method: 'GET',
  path: '/v2/{project_id}/workspace-jobs/{job_id}',
  callShape: 'input',
  parameters: [
    param('project_id', 'path', { required: true, filledBy: 'projectId' }),
    param('job_id', 'path', { required: true }),
  ],
  body: null,
  responses: { '200': { mediaType: 'application/json', kind: 'json' } },
};
const none = validatorsOf(SHOW);

/** An IAM stand-in: verifies the signature, then answers `projects` for the region asked. */
async function iam(projects: Record<string, { id: string; name: string }[]>) {
  return serve(async (req, res, _n, seen: Seen) => {
    const url = new URL(req.url ?? '/', 'http://iam.test');
    const headers = new Headers(Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const check = await verifyRequest(
      new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers }),
      (ak) => (ak === AK ? SK : undefined),
      { body: new TextEncoder().encode(seen.body) },
    );
    if (!check.ok)
      return json(
        res,
        401,
        { error: { code: 401, message: `The request you have made requires authentication: ${check.reason}` } },
        { 'X-IAM-Trace-Id': 'trace-1' },
      );
    if (req.method !== 'GET' || url.pathname !== '/v3/projects')
      return json(res, 404, { error: { code: 404, message: 'not found' } });
    json(res, 200, { projects: projects[url.searchParams.get('name') ?? ''] ?? [], links: { self: 'x' } });
  });
}

/** The Workspace side: answers any job lookup with the project it was sent for. */
const workspace = () =>
  serve((req, res) => json(res, 200, { path: req.url, projectHeader: req.headers['x-project-id'] ?? null }));

beforeEach(() => clearProjectCache());
afterEach(() => vi.unstubAllEnvs());

describe('projectId looked up in IAM', () => {
  it('asks IAM once for the region, signed with the same keys; concurrent calls share the lookup, later clients reuse it', async () => {
    const i = await iam({ 'ap-southeast-3': [{ id: 'proj-ap3', name: 'ap-southeast-3' }] });
    const w = await workspace();
    const options = {
      region: 'ap-southeast-3' as const,
      endpoint: w.url,
      iamEndpoint: i.url,
      auth: { accessKey: AK, secretKey: SK },
    };
    const ctx = createWorkspaceContext(options);
    expect(ctx.projectId).toBeUndefined();
    const results = await Promise.all([1, 2, 3].map((n) => ctx.send(SHOW, none, { path: { job_id: `j${n}` } })));
    expect(results.map((r) => r.data)).toEqual(
      [1, 2, 3].map((n) => ({ path: `/v2/proj-ap3/workspace-jobs/j${n}`, projectHeader: 'proj-ap3' })),
    );
    expect(i.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /v3/projects?name=ap-southeast-3']);
    expect(i.seen[0]?.headers.authorization).toMatch(new RegExp(`^SDK-HMAC-SHA256 Access=${AK}, `));
    expect(ctx.projectId).toBe('proj-ap3');
    await createWorkspaceContext(options).send(SHOW, none, { path: { job_id: 'again' } });
    expect(i.seen).toHaveLength(1);
  });

  it.each([
    {
      given: 'no project for the region',
      projects: [],
      want: /has no project named "ap-southeast-1"\. The operation was not sent/,
    },
    {
      given: 'several projects for the region',
      projects: [
        { id: 'pa', name: 'ap-southeast-1' },
        { id: 'pb', name: 'ap-southeast-1' },
      ],
      want: /has 2 projects for it \(pa, pb\)\. Did you mean to pass one of them as projectId\?/,
    },
  ])('$given: WorkspaceConfigError, and the operation is not sent', async ({ projects, want }) => {
    const i = await iam({ 'ap-southeast-1': projects });
    const w = await workspace();
    const ctx = createWorkspaceContext({
      region: 'ap-southeast-1',
      endpoint: w.url,
      iamEndpoint: i.url,
      auth: { accessKey: AK, secretKey: SK },
    });
    const error = await caught(ctx.send(SHOW, none, { path: { job_id: 'j' } }));
    expect(error).toBeInstanceOf(WorkspaceConfigError);
    expect((error as Error).message).toMatch(want);
    expect(w.seen).toHaveLength(0);
    // A failed lookup is not cached: the next call asks again.
    await caught(ctx.send(SHOW, none, { path: { job_id: 'j' } }));
    expect(i.seen).toHaveLength(2);
  });

  it('a signature IAM refuses: WorkspaceConfigError with the status and trace id, no secret in it', async () => {
    const i = await iam({ 'ap-southeast-1': [{ id: 'p', name: 'ap-southeast-1' }] });
    const ctx = createWorkspaceContext({
      region: 'ap-southeast-1',
      endpoint: 'http://127.0.0.1:9',
      iamEndpoint: i.url,
      auth: { accessKey: AK, secretKey: 'wrong-secret' },
    });
    const error = await caught(ctx.send(SHOW, none, { path: { job_id: 'j' } }));
    expect(error).toBeInstanceOf(WorkspaceConfigError);
    expect((error as Error).message).toMatch(
      /IAM answered 401 \(.*signature does not match\) \(trace id trace-1\)\. The operation was not sent\./,
    );
    expect((error as Error).message).not.toContain('wrong-secret');
  });

  it('with an endpoint but no region, the lookup is refused rather than made for the default region', async () => {
    const w = await workspace();
    const ctx = createWorkspaceContext({
      endpoint: w.url,
      iamEndpoint: 'http://127.0.0.1:9',
      auth: { accessKey: AK, secretKey: SK },
    });
    const error = await caught(ctx.send(SHOW, none, { path: { job_id: 'j' } }));
    expect(error).toBeInstanceOf(WorkspaceConfigError);
    expect((error as Error).message).toMatch(/no region to look it up for .*Did you pass region or projectId\?/);
    expect(w.seen).toHaveLength(0);
  });

  it("token auth still needs projectId; the default IAM endpoint is the one Huawei's SDK uses for the region", () => {
    expect(() => createWorkspaceClient({ region: 'ap-southeast-1', auth: { token: 't' } })).toThrow(
      /projectId is missing, and a token cannot look it up in IAM/,
    );
    expect(iamEndpointFor('cn-north-4')).toBe('https://iam.cn-north-4.myhuaweicloud.com');
    expect(iamEndpointFor('eu-west-101')).toBe('https://iam.myhuaweicloud.com');
  });
});

describe('credentials from the environment', () => {
  it('reads HUAWEICLOUD_SDK_AK/SK/SECURITY_TOKEN/PROJECT_ID when no auth is passed; explicit options win', async () => {
    vi.stubEnv('HUAWEICLOUD_SDK_AK', AK);
    vi.stubEnv('HUAWEICLOUD_SDK_SK', SK);
    vi.stubEnv('HUAWEICLOUD_SDK_SECURITY_TOKEN', 'session-token-1');
    vi.stubEnv('HUAWEICLOUD_SDK_PROJECT_ID', 'proj-env');
    const w = await workspace();
    const fromEnv = createWorkspaceContext({ endpoint: w.url });
    expect(JSON.parse(JSON.stringify(fromEnv))).toEqual({ baseUrl: w.url, projectId: 'proj-env', auth: 'aksk' });
    await fromEnv.send(SHOW, none, { path: { job_id: 'j' } });
    expect(w.seen[0]?.headers.authorization).toMatch(new RegExp(`Access=${AK},`));
    expect(w.seen[0]?.headers['x-security-token']).toBe('session-token-1');
    expect(w.seen[0]?.url).toBe('/v2/proj-env/workspace-jobs/j');
    // Explicit auth wins, and then the environment's project is not mixed in: the explicit keys' project is given or looked up.
    const explicit = createWorkspaceContext({ endpoint: w.url, projectId: 'proj-own', auth: { token: 'own-token' } });
    await explicit.send(SHOW, none, { path: { job_id: 'k' } });
    expect(w.seen[1]?.headers['x-auth-token']).toBe('own-token');
    expect(w.seen[1]?.url).toBe('/v2/proj-own/workspace-jobs/k');
  });

  it('one key without the other, or nothing at all for a region: WorkspaceConfigError naming the variables, never their values', () => {
    vi.stubEnv('HUAWEICLOUD_SDK_AK', AK);
    const half = caught(Promise.resolve().then(() => createWorkspaceClient({ region: 'ap-southeast-1' })));
    return half.then((error) => {
      expect((error as Error).message).toBe(
        'Failed to create the Workspace client: HUAWEICLOUD_SDK_AK is set but HUAWEICLOUD_SDK_SK is not (values not shown). Did you export both keys?',
      );
      vi.unstubAllEnvs();
      vi.stubEnv('HUAWEICLOUD_SDK_AK', '');
      vi.stubEnv('HUAWEICLOUD_SDK_SK', '');
      expect(() => createWorkspaceClient({ region: 'ap-southeast-1' })).toThrow(
        /no credentials\. Pass auth .*or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK \(with HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys; HUAWEICLOUD_SDK_PROJECT_ID to skip the IAM project lookup\)/,
      );
    });
  });

  it('where there is no process (browsers), the environment is empty', () => {
    vi.stubGlobal('process', undefined);
    try {
      expect(processEnvironment()).toEqual({});
      expect(credentialsFromEnvironment()).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
