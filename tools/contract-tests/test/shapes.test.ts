/**
 * End to end over every operation shape: tools/codegen/test/fixtures/shapes/spec holds a GET with
 * path and query parameters (an array, an enum, an integer), a list GET, a DELETE answering 204, a
 * PUT with a path parameter, a header parameter and a JSON body, a text/csv answer, an operation
 * without operationId, and a body-only POST. A scratch build generates and compiles the four
 * packages from it; the generated client then talks to the generated MSW handlers and to the
 * generated mock server with AK/SK signing.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ScratchResult, scratchBuild } from '../../codegen/scripts/scratch.mjs';

const SPEC = join(dirname(fileURLToPath(import.meta.url)), '../../codegen/test/fixtures/shapes/spec');
const PROJECT = 'p-0123';
const ENDPOINT = 'https://api.xx-north-1.example.test';

// The scratch build lives outside this package's resolution: describe the little this test uses.
type Result = { data?: unknown; error?: { error_code: string; error_msg: string }; response: Response; requestId?: string };
type Call = (input?: unknown, options?: unknown) => Promise<Result>;
type ValidationError = Error & { issues: { path: string; message: string }[] };
type Operation =
  | 'showJob'
  | 'listJobs'
  | 'deleteJob'
  | 'updateJob'
  | 'exportJobReport'
  | 'getV2ByProjectIdJobStats'
  | 'createThing'
  | 'estimateThing';
type Job = { id: string; status: string; sub_jobs?: { id: string; status: string; job_id?: string }[] };
interface ClientModule {
  createWorkspaceClient(options: Record<string, unknown>): Record<Operation, Call> & {
    baseUrl: string;
    listJobs: Call & { all(input?: unknown): AsyncIterable<Job> };
    waitForJob(
      jobId: string,
      options?: { pollMs?: number; onProgress?: (job: Job) => void },
    ): Promise<{ job: Job; status: string; succeeded: boolean; subJobs: { id: string; status: string; job_id?: string }[] }>;
  };
  WorkspaceValidationError: new (...args: never[]) => ValidationError;
}
interface MocksModule {
  createWorkspaceHandlers(options?: { baseUrl?: string }): unknown[];
  startMockServer(options?: Record<string, unknown>): Promise<{ url: string; close(): Promise<void> }>;
  FIXTURES: Record<
    string,
    { requestExamples: Record<string, unknown>; responses: Record<string, { examples: Record<string, unknown> }> }
  >;
}
interface ValidatorsModule {
  validateResponse(
    operationId: string,
    status: number,
    body: unknown,
  ): { ok: boolean; issues?: { path: string; message: string; keyword: string }[] };
}
interface MswNode {
  setupServer(...handlers: unknown[]): {
    listen(options?: unknown): void;
    close(): void;
    resetHandlers(): void;
    events: { on(event: 'request:start', listener: (e: { request: Request }) => void): void };
  };
}

let build: ScratchResult;
let client: ClientModule;
let mocks: MocksModule;
let msw: MswNode;
let validators: ValidatorsModule;

beforeAll(async () => {
  build = await scratchBuild({ spec: SPEC, name: 'contract-shapes' });
  if (build.status !== 'built') throw new Error(`scratch build of the shapes fixture is ${build.status}:\n${build.message}`);
  const load = (path: string) => import(pathToFileURL(join(build.dir, path)).href);
  client = (await load('pkgs/client/dist/index.js')) as ClientModule;
  validators = (await load('pkgs/validators/dist/index.js')) as ValidatorsModule;
  // The MSW handlers from the main entry, the node:http server from its own subpath (as the package exports them).
  mocks = { ...(await load('pkgs/mocks/dist/index.js')), ...(await load('pkgs/mocks/dist/server.js')) } as MocksModule;
  // msw as the scratch mocks resolve it (walking up from the scratch directory), so handlers and server share one copy.
  writeFileSync(join(build.dir, 'msw-node.mjs'), "export * from 'msw/node';\n");
  msw = (await load('msw-node.mjs')) as MswNode;
}, 180_000);

const example = (op: string, status: string, name: string) => mocks.FIXTURES[op]?.responses[status]?.examples[name];

describe('the scratch build', () => {
  it('names the operation without operationId and warns about it', () => {
    expect(build.warnings.join('\n')).toMatch(
      /GET \/v2\/\{project_id\}\/job-stats has no operationId; named it "getV2ByProjectIdJobStats"/,
    );
  });
});

describe('the generated validators', () => {
  it('accept an absent body for the DELETE documented as 204 without one, and refuse a body there', () => {
    expect(validators.validateResponse('DeleteJob', 204, undefined)).toEqual({ ok: true, value: undefined });
    expect(validators.validateResponse('DeleteJob', 204, { deleted: true })).toEqual({
      ok: false,
      issues: [{ path: '', message: 'must be absent: DeleteJob documents status 204 without a body', keyword: 'body' }],
    });
    expect(validators.validateResponse('DeleteJob', 200, undefined)).toMatchObject({
      ok: false,
      issues: [{ keyword: 'status' }],
    });
  });
});

describe('the generated client against the generated MSW handlers', () => {
  let server: ReturnType<MswNode['setupServer']>;
  const seen: Request[] = [];
  const api = (options: Record<string, unknown> = {}) =>
    client.createWorkspaceClient({ region: 'xx-north-1', projectId: PROJECT, auth: { token: 't' }, ...options });

  beforeAll(() => {
    server = msw.setupServer(...mocks.createWorkspaceHandlers({ baseUrl: ENDPOINT }));
    server.events.on('request:start', ({ request }) => void seen.push(request.clone()));
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());

  it('GET with path and query parameters answers the inline-schema example', async () => {
    const result = await api().showJob({
      path: { job_id: 'job-1' },
      query: { fields: ['id', 'status'], view: 'full', sub_job_limit: 5 },
    });
    expect(result.error).toBeUndefined();
    expect(result.response.status).toBe(200);
    expect(result.data).toEqual(example('showJob', '200', 'running'));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('GET');
  });

  it('list GET with an array of enums', async () => {
    const result = await api().listJobs({ query: { status: ['SUCCESS', 'FAILED'], limit: 20, offset: 0 } });
    expect(result.response.status).toBe(200);
    expect(result.data).toEqual(example('listJobs', '200', 'page'));
    expect(new URL(seen[0]?.url ?? '').search).toBe('?status=SUCCESS&status=FAILED&limit=20&offset=0');
  });

  it('a list GET without arguments sends no query', async () => {
    const result = await api().listJobs();
    expect(result.response.status).toBe(200);
    expect(seen[0]?.url).toBe(`${ENDPOINT}/v2/${PROJECT}/workspace-jobs`);
  });

  it('DELETE answering 204 gives data undefined and no error', async () => {
    const result = await api().deleteJob({ path: { job_id: 'job-1' } });
    expect(result.response.status).toBe(204);
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
    expect(seen[0]?.method).toBe('DELETE');
  });

  it('PUT with a path parameter, a header parameter and a JSON body', async () => {
    const body = mocks.FIXTURES.updateJob?.requestExamples.rename;
    const result = await api().updateJob({ path: { job_id: 'job-1' }, headers: { 'X-Client-Token': 'token-0001' }, body });
    expect(result.response.status).toBe(200);
    expect(result.data).toEqual(example('updateJob', '200', 'renamed'));
    const sent = seen[0];
    expect(sent?.method).toBe('PUT');
    expect(sent?.headers.get('X-Client-Token')).toBe('token-0001');
    expect(sent?.headers.get('Content-Type')).toBe('application/json');
    expect(await sent?.json()).toEqual(body);
  });

  it('a text/csv answer is read as a string', async () => {
    const result = await api().exportJobReport({ query: { since: '2026-01-01T00:00:00Z' } });
    expect(result.response.status).toBe(200);
    expect(result.response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(typeof result.data).toBe('string');
    expect(result.data).toBe('id,status\njob-1,SUCCESS\n');
  });

  it('the operation without operationId is callable by its derived name', async () => {
    const result = await api().getV2ByProjectIdJobStats({ query: { group_by: 'status' } });
    expect(result.response.status).toBe(200);
    expect(result.data).toEqual({ SUCCESS: 3, FAILED: 1 });
  });

  it('a POST whose only parameter is project_id is called with its body alone', async () => {
    const body = mocks.FIXTURES.createThing?.requestExamples.small;
    const result = await api().createThing(body);
    expect(result.response.status).toBe(201);
    expect(result.data).toEqual(example('createThing', '201', 'created'));
    expect(seen[0]?.url).toBe(`${ENDPOINT}/v2/${PROJECT}/things`);
    expect(await seen[0]?.json()).toEqual(body);
  });

  it('.all() on the list operation (limit and offset in its query, one array in its answer) yields every job', async () => {
    const jobs: Job[] = [];
    for await (const job of api().listJobs.all({ query: { status: ['SUCCESS'] } })) jobs.push(job);
    expect(jobs).toEqual((example('listJobs', '200', 'page') as { jobs: Job[] }).jobs);
    expect(new URL(seen[0]?.url ?? '').search).toBe('?status=SUCCESS&limit=10');
  });

  it.each([
    ['a query enum', { path: { job_id: 'job-1' }, query: { view: 'huge' } }, '/query/view'],
    ['a query integer', { path: { job_id: 'job-1' }, query: { sub_job_limit: 1.5 } }, '/query/sub_job_limit'],
    ['a query array item', { path: { job_id: 'job-1' }, query: { fields: ['id', 7] } }, '/query/fields/1'],
    ['a path parameter', { path: { job_id: '' } }, '/path/job_id'],
  ])('throws WorkspaceValidationError for %s and sends nothing', async (_what, input, pointer) => {
    const promise = api().showJob(input);
    await expect(promise).rejects.toBeInstanceOf(client.WorkspaceValidationError);
    const error = (await promise.catch((e: unknown) => e)) as ValidationError;
    expect(error.issues.map((i) => i.path)).toContain(pointer);
    expect(seen).toHaveLength(0);
  });

  it('throws for a missing required header and a missing body, and sends nothing', async () => {
    const promise = api().updateJob({ path: { job_id: 'job-1' } });
    await expect(promise).rejects.toBeInstanceOf(client.WorkspaceValidationError);
    const error = (await promise.catch((e: unknown) => e)) as ValidationError;
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['/headers/X-Client-Token']));
    expect(seen).toHaveLength(0);
  });

  it('the handler checks parameters like the service when client validation is off', async () => {
    const result = await api({ validate: false }).showJob({ path: { job_id: 'job-1' }, query: { view: 'huge' } });
    expect(result.response.status).toBe(400);
    expect(result.error?.error_msg).toMatch(/\/query\/view/);
    expect(seen).toHaveLength(1);
  });

  it('percent-encodes a path value as one segment and repeats array keys in the query', async () => {
    const result = await api().showJob({ path: { job_id: 'a/b c?é' }, query: { fields: ['id', 'a b&c/é'], view: 'basic' } });
    expect(result.response.status).toBe(200);
    const url = seen[0]?.url ?? '';
    expect(url).toBe(
      `${ENDPOINT}/v2/${PROJECT}/workspace-jobs/a%2Fb%20c%3F%C3%A9?fields=id&fields=a%20b%26c%2F%C3%A9&view=basic`,
    );
    expect(new URL(url).searchParams.getAll('fields')).toEqual(['id', 'a b&c/é']);
  });
});

describe('safe by operation: the inquiry the spec marks x-hwc-idempotent', () => {
  it('is retried on 503; the POST without the mark is sent once', async () => {
    const seen: string[] = [];
    const busy = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const first = seen.filter((s) => s === `${req.method} ${req.url}`).length === 1;
      const status = req.url?.endsWith('/inquiry') && !first ? 200 : 503;
      res
        .writeHead(status, { 'Content-Type': 'application/json', 'Retry-After': '0' })
        .end(
          JSON.stringify(status === 200 ? { amount: 12.5, currency: 'CNY' } : { error_code: 'APIGW.0503', error_msg: 'busy' }),
        );
      req.resume();
    });
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    try {
      const api = client.createWorkspaceClient({
        endpoint: `http://127.0.0.1:${(busy.address() as AddressInfo).port}`,
        projectId: PROJECT,
        auth: { token: 't' },
        retries: 3,
      });
      expect((await api.estimateThing({ name: 'box', size: 10 })).data).toEqual({ amount: 12.5, currency: 'CNY' });
      expect((await api.createThing({ name: 'box', size: 10 })).error?.error_code).toBe('APIGW.0503');
      expect(seen).toEqual([
        `POST /v2/${PROJECT}/things/inquiry`,
        `POST /v2/${PROJECT}/things/inquiry`,
        `POST /v2/${PROJECT}/things`,
      ]);
    } finally {
      busy.close();
    }
  });
});

describe('the generated client against startMockServer with AK/SK', () => {
  let server: { url: string; close(): Promise<void> };
  const api = (secretKey = 'SK') =>
    client.createWorkspaceClient({ endpoint: server.url, projectId: PROJECT, auth: { accessKey: 'AK', secretKey } });

  beforeAll(async () => {
    server = await mocks.startMockServer({ auth: { accessKeys: { AK: 'SK' } } });
  });
  afterAll(() => server.close());

  it('waitForJob follows the job the order created: RUNNING, RUNNING, then SUCCESS, with its sub-jobs', async () => {
    const c = api();
    const jobId = ((await c.createThing({ name: 'box', size: 10 })).data as { job_id: string }).job_id;
    const seen: string[] = [];
    const done = await c.waitForJob(jobId, { pollMs: 1, onProgress: (job) => seen.push(`${job.id} ${job.status}`) });
    expect(seen).toEqual([`${jobId} RUNNING`, `${jobId} RUNNING`, `${jobId} SUCCESS`]);
    expect({ status: done.status, succeeded: done.succeeded }).toEqual({ status: 'SUCCESS', succeeded: true });
    expect(done.subJobs).toEqual([{ id: 'sub-1', status: 'SUCCESS', job_id: jobId }]);
  });

  it('verifies a signed GET whose query has arrays and characters that need percent-encoding', async () => {
    const result = await api().listJobs({
      query: { name: ['a b&c/é', 'x+y=z', '100%'], status: ['RUNNING', 'SUCCESS'], limit: 5 },
    });
    expect(result.error).toBeUndefined();
    expect(result.response.status).toBe(200);
    expect(result.data).toEqual(example('listJobs', '200', 'page'));
  });

  it('verifies a signed GET with an encoded path segment', async () => {
    const result = await api().showJob({ path: { job_id: 'a/b c' }, query: { fields: ['id', 'é'] } });
    expect(result.error).toBeUndefined();
    expect(result.response.status).toBe(200);
  });

  it('verifies a signed PUT with a header parameter and a body, and a signed DELETE answering 204', async () => {
    const put = await api().updateJob({
      path: { job_id: 'job-1' },
      headers: { 'X-Client-Token': 'token-0001' },
      body: { name: 'nightly-build' },
    });
    expect(put.response.status).toBe(200);
    const del = await api().deleteJob({ path: { job_id: 'job-1' } });
    expect(del.response.status).toBe(204);
    expect(del.data).toBeUndefined();
    expect(del.error).toBeUndefined();
  });

  it('refuses a request signed with the wrong secret key', async () => {
    const result = await api('not-the-key').listJobs({ query: { name: ['a b&c/é'] } });
    expect(result.response.status).toBe(401);
    expect(result.error?.error_code).toBe('APIGW.0301');
  });
});
