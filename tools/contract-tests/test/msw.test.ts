/**
 * MSW contract tests: for every operation and every named request example, the client sends
 * it, the generated handler validates it against the spec and answers with the spec's example,
 * and the client reads exactly that. Every documented error status comes back typed.
 */

import { createWorkspaceClient, OPERATIONS, WorkspaceValidationError } from '@hwc-workspace/client';
import { createWorkspaceHandlers, FIXTURES } from '@hwc-workspace/mocks';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorSuite, exampleSuite, requestsOf } from './suite.js';

const ENDPOINT = 'https://workspace.ap-southeast-1.myhuaweicloud.com';
const handlers = createWorkspaceHandlers({ baseUrl: ENDPOINT });
const server = setupServer(...handlers);
const seen: Request[] = [];
server.events.on('request:start', ({ request }) => void seen.push(request.clone()));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const client = () =>
  createWorkspaceClient({
    region: 'ap-southeast-1',
    projectId: '0bec5db98280d2d02fd6c00c2de791ce',
    auth: { token: 'test-token' },
  });

exampleSuite(client, () => seen.length);
// The suite walks every operation's documented statuses as plain numbers; each is one of `m`'s.
errorSuite(client, (m, status) => void server.use(handlers[m].error(status as never)));

describe('what the client sends', () => {
  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])('%s: the documented method and path, with the token', async (m) => {
    const request = requestsOf(m)[0]!.request;
    await (client()[m] as (r: unknown) => Promise<unknown>)(request);
    const sent = seen[0];
    const input =
      OPERATIONS[m].callShape === 'input' ? (request as { path?: Record<string, string>; body?: unknown }) : { body: request };
    const values: Record<string, string> = { project_id: '0bec5db98280d2d02fd6c00c2de791ce', ...input.path };
    expect(sent?.method).toBe(FIXTURES[m].method);
    expect(new URL(sent?.url ?? '').pathname).toBe(
      FIXTURES[m].path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? '')),
    );
    expect(sent?.headers.get('X-Auth-Token')).toBe('test-token');
    expect(sent?.headers.get('User-Agent')).toMatch(/^hwc-workspace-client\//);
    if (input.body === undefined) expect(await sent?.text()).toBe('');
    else expect(await sent?.json()).toEqual(input.body);
  });
});

describe('safety', () => {
  it('retries the price inquiry EstimateAddResources (x-hwc-idempotent) on 503, and sends the order CreateOrder once', async () => {
    let inquiries = 0;
    server.use(
      http.post(`${ENDPOINT}/v2/:project/periodic/inquiry/add-resources`, () =>
        inquiries++ === 0
          ? HttpResponse.json({ error_code: 'APIGW.0503', error_msg: 'busy' }, { status: 503, headers: { 'Retry-After': '0' } })
          : undefined,
      ),
      http.post(`${ENDPOINT}/v2/:project/periodic/subscribe/order`, () =>
        HttpResponse.json({ error_code: 'APIGW.0503', error_msg: 'busy' }, { status: 503, headers: { 'Retry-After': '0' } }),
      ),
    );
    const inquiry = await client().estimateAddResources(requestsOf('estimateAddResources')[0]!.request as never);
    expect(inquiry.data?.currency).toBe('CNY');
    expect(seen.map((r) => r.method + new URL(r.url).pathname)).toEqual(
      Array(2).fill('POST/v2/0bec5db98280d2d02fd6c00c2de791ce/periodic/inquiry/add-resources'),
    );
    seen.length = 0;
    const order = await createWorkspaceClient({
      region: 'ap-southeast-1',
      projectId: 'p1',
      auth: { token: 't' },
      retries: 5,
    }).createOrder(requestsOf('createOrder')[0]!.request as never);
    expect(order.error?.error_code).toBe('APIGW.0503');
    expect(seen).toHaveLength(1);
  });

  it('throws before sending an invalid body, naming the pointer', async () => {
    const bad = {
      type: 'ADD_VOLUME',
      add_volume_param: { desktop_pool_id: 'p', volume_type: 'SAS', volume_size: 10 },
      typo_field: 1,
    };
    const promise = client().createDesktopPoolChangeOrder(bad as never);
    await expect(promise).rejects.toBeInstanceOf(WorkspaceValidationError);
    await expect(promise).rejects.toThrow(/invalid at \/typo_field: is not allowed here/);
    expect(seen).toHaveLength(0);
  });

  it('lets the mock answer 400 naming the first issue when client validation is off', async () => {
    const c = createWorkspaceClient({ endpoint: ENDPOINT, projectId: 'p1', validate: false });
    const result = await c.createOrder({ type: 'createDesktops', resources: [{ period_type: 2 }] } as never);
    expect(result.response.status).toBe(400);
    expect(result.error).toMatchObject({
      error_code: 'WKS.0001',
      error_msg:
        'The request body is invalid at /resources/0: must include one of: create_desktops | attach_desktops | resize_exclusive_lites (non-empty)',
    });
    expect(seen).toHaveLength(1);
  });

  it('sends exactly one request for a 500 and does not retry', async () => {
    server.use(handlers.createOrder.error(500));
    const result = await client().createOrder(FIXTURES.createOrder.requestExamples.addVolumes as never);
    expect(result.response.status).toBe(500);
    expect(seen).toHaveLength(1);
  });

  it('answers with a named example', async () => {
    server.use(handlers.createOrder.example('withJob'));
    const result = await client().createOrder(FIXTURES.createOrder.requestExamples.addVolumes as never);
    expect(result.data).toEqual(FIXTURES.createOrder.responses['200']?.examples.withJob);
  });

  it('refuses undocumented statuses and unknown examples with a hint', () => {
    // @ts-expect-error 409 is not documented for CreateOrder: a typo does not compile either
    expect(() => handlers.createOrder.error(409)).toThrow(
      /Failed to mock CreateOrder status 409: the spec documents 400, 401, 403, 500\. Did you/,
    );
    // @ts-expect-error no example is called "nope"
    expect(() => handlers.createOrder.example('nope')).toThrow(/Did you mean one of doc, withJob, createDesktops, addVolumes\?/);
  });

  it('rejects unknown regions and missing project IDs', () => {
    expect(() => createWorkspaceClient({ region: 'mars-1' as never, projectId: 'p', auth: { token: 't' } })).toThrow(
      /unknown region "mars-1"/,
    );
    expect(() => createWorkspaceClient({ projectId: '' })).toThrow(/projectId is missing/);
    expect(createWorkspaceClient({ projectId: 'p', auth: { token: 't' } }).baseUrl).toBe(
      'https://workspace.ap-southeast-1.myhuaweicloud.com',
    );
    expect(createWorkspaceClient({ projectId: 'p', region: 'tr-west-1', auth: { token: 't' } }).baseUrl).toBe(
      'https://workspace.tr-west-1.myhuaweicloud.com',
    );
  });
});
