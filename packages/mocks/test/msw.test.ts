import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceHandlers, FIXTURES } from '../src/index.js';

const handlers = createWorkspaceHandlers();
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const post = (path: string, body: string) =>
  fetch(`https://any.example.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('createWorkspaceHandlers', () => {
  it('returns one handler per operation, each also reachable by method name', () => {
    expect(handlers).toHaveLength(13);
    expect(Object.keys(FIXTURES).sort()).toEqual([
      'addDesktopSubResources',
      'createDesktopOrder',
      'createDesktopPoolChangeOrder',
      'createOrder',
      'estimateAddResources',
      'estimateChangeImages',
      'listAvailabilityZones',
      'listImages',
      'listItaSubJobs',
      'listProducts',
      'listVolumeProductInfo',
      'showJob',
      'showQuotas',
    ]);
    for (const name of Object.keys(FIXTURES) as (keyof typeof FIXTURES)[]) expect(handlers).toContain(handlers[name].handler);
  });

  it('answers 400 with a Huawei-style body for text that is not JSON', async () => {
    const res = await post('/v2/p/desktop/sub-resources', '{not json');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error_code: 'WKS.0001', error_msg: 'The request body is not valid JSON.' });
  });

  it('answers 400 naming the first issue of an invalid body', async () => {
    const res = await post(
      '/v2/p/desktop-pool/periodic/change/order',
      JSON.stringify({ type: 'ADD_VOLUME', add_volume_param: { desktop_pool_id: 'p', volume_type: 'SAS' } }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as Record<string, string>;
    expect(body.error_msg).toBe('The request body is invalid at /add_volume_param/volume_size: is required');
    expect(JSON.parse(body.error_detail ?? '[]')).toHaveLength(1);
    expect(res.headers.get('X-Request-Id')).toMatch(/^mock-[0-9a-f]{12}$/);
  });

  it('answers a valid body with the documented 200 example', async () => {
    const res = await post(
      '/v2/p/desktop-pool/periodic/change/order',
      JSON.stringify(FIXTURES.createDesktopPoolChangeOrder.requestExamples.RESIZE),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(FIXTURES.createDesktopPoolChangeOrder.responses['200']?.examples.doc);
  });

  it('answers a job lookup (GET with a path parameter) with its first 200 example', async () => {
    const res = await fetch('https://any.example.test/v2/p/workspace-jobs/ff8080829a1b2c3d019a2b3c4d5e0001');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(FIXTURES.showJob.responses['200']?.examples.succeeded);
  });

  it('only answers its own origin when given a base URL', async () => {
    const scoped = createWorkspaceHandlers({ baseUrl: 'https://mock.test/' });
    server.use(...scoped);
    const res = await fetch('https://mock.test/v2/p/desktop/sub-resources', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(FIXTURES.addDesktopSubResources.requestExamples.doc),
    });
    expect(res.status).toBe(200);
  });
});
