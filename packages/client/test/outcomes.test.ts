/**
 * Time and outcome: timeoutMs stays within what a timer can hold, a retry wait that would pass
 * the deadline gives the answer instead, "may have reached the service" is false whenever the
 * platform refused before connecting, and a capped lookup says what happened.
 */
import { describe, expect, it } from 'vitest';
import {
  createWorkspaceClient,
  WorkspaceConfigError,
  WorkspaceNetworkError,
  WorkspaceUnreadableAnswerError,
  WorkspaceValidationError,
} from '../src/index.js';
import { caught } from './caught.js';
import { serve } from './serve.js';

const BODY = { sub_resource_sku: 'sku', desktop_ids: ['d1'] };

const client = (endpoint: string, extra = {}) =>
  createWorkspaceClient({ endpoint, projectId: 'p1', auth: { token: 'token-1' }, ...extra });

describe('timeoutMs within the timer range', () => {
  it.each([2 ** 31, 2 ** 53, 1e300])('%d is refused when the client is created', (timeoutMs) => {
    expect(() => client('http://127.0.0.1:9', { timeoutMs })).toThrow(WorkspaceConfigError);
    expect(() => client('http://127.0.0.1:9', { timeoutMs })).toThrow(/timeoutMs must be at most 2147483647/);
  });

  it('the largest value a timer holds is accepted and the call is answered', async () => {
    const s = await serve((_q, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"job_id":"j"}'));
    expect((await client(s.url, { timeoutMs: 2 ** 31 - 1 }).addDesktopSubResources(BODY)).data).toEqual({ job_id: 'j' });
  });
});

describe('a retry wait that would pass the deadline', () => {
  it('an immediate 503 with a Retry-After longer than the time left is the answer, not a timeout', async () => {
    const s = await serve((_q, res) =>
      res
        .writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '10' })
        .end('{"error_code":"APIGW.0503","error_msg":"busy"}'),
    );
    const result = await client(s.url, { timeoutMs: 3_000 }).showJob({ path: { job_id: 'j' } });
    expect(result.error?.error_code).toBe('APIGW.0503');
    expect(result.response.status).toBe(503);
    expect(s.seen.length).toBe(1);
  });

  it('a Retry-After within the time left is still waited for', async () => {
    let n = 0;
    const s = await serve((_q, res) =>
      n++ === 0
        ? res.writeHead(503, { 'Retry-After': '1' }).end()
        : res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"SUCCESS"}'),
    );
    const result = await client(s.url, { timeoutMs: 10_000 }).showJob({ path: { job_id: 'j' } });
    expect(result.data).toEqual({ status: 'SUCCESS' });
    expect(s.seen.length).toBe(2);
  });
});

describe('nothing left when the platform refused before connecting', () => {
  it('a port fetch refuses (6000, X11): mayHaveReachedService is false, "Nothing was sent"', async () => {
    const error = await caught(client('http://127.0.0.1:6000').addDesktopSubResources(BODY));
    expect(error).toBeInstanceOf(WorkspaceNetworkError);
    expect((error as WorkspaceNetworkError).mayHaveReachedService).toBe(false);
    expect((error as Error).message).toMatch(/bad port.*Nothing was sent/);
  });

  it.each([
    ['Expect', '100-continue'],
    ['Content-Length', '5'],
    ['content-length', '43'],
    ['Transfer-Encoding', 'chunked'],
    ['Connection', 'upgrade'],
    ['Host', 'elsewhere.example'],
  ])('a per-call %s header is refused before anything is sent, at /headers/<name>', async (name, value) => {
    const s = await serve((_q, res) => res.end('{}'));
    const error = await caught(client(s.url).addDesktopSubResources(BODY, { headers: { [name]: value } }));
    expect(error).toBeInstanceOf(WorkspaceValidationError);
    expect((error as WorkspaceValidationError).issues[0]?.path).toBe(`/headers/${name}`);
    expect((error as WorkspaceValidationError).mayHaveReachedService).toBe(false);
    expect(s.seen.length).toBe(0);
  });
});

describe('a lookup capped by maxResponseBytes says what happened', () => {
  const big = '{"error_code":"X","error_msg":"' + 'x'.repeat(4096) + '"}';
  it('an error answer over the cap: asked once, not retried, and the message says so', async () => {
    const s = await serve((_q, res) => res.writeHead(500, { 'Content-Type': 'application/json' }).end(big));
    const error = await caught(client(s.url, { maxResponseBytes: 1024, retries: 2 }).showJob({ path: { job_id: 'j' } }));
    expect(error).toBeInstanceOf(WorkspaceNetworkError);
    const message = (error as Error).message;
    expect(message).toMatch(/larger than maxResponseBytes \(1024\)/);
    expect(message).toMatch(/changes nothing \(a lookup or an inquiry\)/);
    expect(message).toMatch(/not retried/);
    expect(message).not.toMatch(/Nothing was retried|order/);
    expect(s.seen.length).toBe(1);
  });

  it('a success over the cap: the lookup may simply be repeated, no order is mentioned', async () => {
    const s = await serve((_q, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(big));
    const error = await caught(client(s.url, { maxResponseBytes: 1024 }).showJob({ path: { job_id: 'j' } }));
    expect(error).toBeInstanceOf(WorkspaceUnreadableAnswerError);
    expect((error as Error).message).toMatch(/larger than 1024 bytes/);
    expect((error as Error).message).toMatch(/changes nothing \(a lookup or an inquiry\)/);
    expect((error as Error).message).not.toMatch(/order/);
    expect(s.seen.length).toBe(1);
  });
});
