/**
 * The mocks tell a story: an order answered with a job_id starts that job, which ShowJob reports
 * RUNNING for `jobPolls` lookups and then final — SUCCESS for a createDesktops order, FAILED for an
 * addVolumes one (the ShowJob examples with those IDs) — so waitForJob runs end to end. The server
 * also answers the client's IAM project lookup, with the same authentication as every request.
 */

import { type BodyOf, createWorkspaceClient } from '@hwc-workspace/client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceHandlers, FIXTURES } from '../src/index.js';
import { type MockServer, startMockServer } from '../src/server.js';

const order = (type: 'createDesktops' | 'addVolumes') =>
  structuredClone(FIXTURES.createOrder.requestExamples[type]) as unknown as BodyOf<'createOrder'>;

describe('the job story over the mock server (AK/SK, project looked up from the same server)', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({
      jobPolls: 2,
      projectId: 'proj-from-iam',
      auth: { accessKeys: { AKSTORY: 'SKSTORY', AKOTHER: 'SKOTHER' } },
    });
  });
  afterAll(() => mock.close());
  const client = () =>
    createWorkspaceClient({
      region: 'ap-southeast-1',
      endpoint: mock.url,
      iamEndpoint: mock.url,
      auth: { accessKey: 'AKSTORY', secretKey: 'SKSTORY' },
    });

  it("createDesktops: the order's job goes RUNNING, RUNNING, SUCCESS; the job ShowJob reports is the order's", async () => {
    const c = client();
    const placed = await c.createOrder(order('createDesktops'));
    const jobId = placed.data?.job_id;
    expect(jobId).toBe('ff8080829a1b2c3d019a2b3c4d5e0001');
    const seen: (string | undefined)[] = [];
    const done = await c.waitForJob(jobId ?? '', { pollMs: 1, onProgress: (job) => seen.push(job.status) });
    expect(seen).toEqual(['RUNNING', 'RUNNING', 'SUCCESS']);
    expect({ id: done.job.id, status: done.status, succeeded: done.succeeded }).toEqual({
      id: jobId,
      status: 'SUCCESS',
      succeeded: true,
    });
    expect(done.subJobs.map((s) => [s.job_id, s.status])).toEqual([[jobId, 'SUCCESS']]);
    // The project came from the server's IAM stand-in, looked up once with the same keys.
    expect(JSON.parse(JSON.stringify(c))).toMatchObject({ projectId: 'proj-from-iam' });
  });

  it('addVolumes: the job ends FAILED, with its error; a RUNNING answer carries no end or error yet', async () => {
    const c = client();
    const jobId = (await c.createOrder(order('addVolumes'))).data?.job_id ?? '';
    const first = await c.showJob({ path: { job_id: jobId } });
    expect(first.data).toMatchObject({ id: jobId, status: 'RUNNING' });
    expect(first.data).not.toHaveProperty('fail_reason');
    expect(first.data).not.toHaveProperty('end_time');
    const done = await c.waitForJob(jobId, { pollMs: 1 });
    expect({ status: done.status, succeeded: done.succeeded, reason: done.job.fail_reason }).toEqual({
      status: 'FAILED',
      succeeded: false,
      reason: 'The disk quota of the project is used up.',
    });
    expect(done.subJobs[0]?.status).toBe('FAILED');
  });

  it('the IAM stand-in refuses a bad signature like any other request', async () => {
    // Another access key: the project of AKSTORY is cached (per IAM endpoint, region and key).
    const bad = createWorkspaceClient({
      region: 'ap-southeast-1',
      endpoint: mock.url,
      iamEndpoint: mock.url,
      auth: { accessKey: 'AKOTHER', secretKey: 'wrong' },
    });
    await expect(bad.showJob({ path: { job_id: 'x' } })).rejects.toThrow(
      /IAM answered 401 \(Incorrect IAM authentication information: signature does not match\)/,
    );
  });
});

describe('the job story over MSW', () => {
  const server = setupServer(...createWorkspaceHandlers({ jobPolls: 0 }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('with jobPolls 0 the first lookup is final; a job no order created is answered from the examples as before', async () => {
    const c = createWorkspaceClient({ endpoint: 'https://workspace.example.test', projectId: 'p1' });
    const jobId = (await c.createOrder(order('createDesktops'))).data?.job_id ?? '';
    const seen: (string | undefined)[] = [];
    expect((await c.waitForJob(jobId, { pollMs: 1, onProgress: (job) => seen.push(job.status) })).status).toBe('SUCCESS');
    expect(seen).toEqual(['SUCCESS']);
    expect((await c.showJob({ path: { job_id: 'never-ordered' } })).data).toEqual(
      FIXTURES.showJob.responses['200']?.examples.succeeded,
    );
  });

  it('pageable lookups page through the items of all their examples: .all() reads each once', async () => {
    const c = createWorkspaceClient({ endpoint: 'https://workspace.example.test', projectId: 'p1' });
    // FIXTURES is typed as OperationFixture (examples are unknown): read the images of each.
    const examples = Object.values(FIXTURES.listImages.responses['200']?.examples ?? {}).flatMap((e) =>
      (e as { images: { id: string }[] }).images.map((i) => i.id),
    );
    const ids: string[] = [];
    for await (const image of c.listImages.all({ query: { limit: 2 } })) ids.push(image.id ?? '');
    expect(ids).toEqual(examples);
    expect(ids).toHaveLength(3);
    const page = await c.listImages({ query: { limit: 2, offset: 2 } });
    expect(page.data).toMatchObject({ total_count: 3, images: [{ id: examples[2] }] });
    // The sub-jobs of a job an order created are the story's, filtered by job_id: running until the job was looked up jobPolls times.
    const jobId = (await c.createOrder(order('createDesktops'))).data?.job_id ?? '';
    const subJobs = async () => {
      const found = [];
      for await (const sub of c.listItaSubJobs.all({ query: { job_id: jobId } })) found.push([sub.job_id, sub.status]);
      return found;
    };
    expect(await subJobs()).toEqual([[jobId, 'RUNNING']]);
    await c.showJob({ path: { job_id: jobId } });
    expect(await subJobs()).toEqual([[jobId, 'SUCCESS']]);
  });

  it('refuses a jobPolls that is not a whole number >= 0', () => {
    expect(() => createWorkspaceHandlers({ jobPolls: -1 })).toThrow(/jobPolls must be a whole number >= 0, not -1/);
  });
});
