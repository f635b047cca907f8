/**
 * Faults against small local servers: each gives its documented typed outcome, exactly one
 * request reaches the server (nothing is retried), and the secret key shows up nowhere.
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  createWorkspaceClient,
  WorkspaceAbortError,
  WorkspaceNetworkError,
  WorkspaceTimeoutError,
  WorkspaceUnreadableAnswerError,
  WorkspaceValidationError,
} from '../src/index.js';
import { caught } from './caught.js';
import { serve } from './serve.js';

const SECRET = 'SUPER-SECRET-KEY-do-not-print-123';
const TOKEN = 'TOKEN-do-not-print-456';
const BODY = { sub_resource_sku: 'sku', desktop_ids: ['d1'] };
const aksk = (endpoint: string, extra = {}) =>
  createWorkspaceClient({ endpoint, projectId: 'p1', auth: { accessKey: 'AK', secretKey: SECRET }, timeoutMs: 5_000, ...extra });

function expectNoSecret(...things: unknown[]) {
  for (const t of things) {
    const text = [
      String(t),
      JSON.stringify(t) ?? '',
      (t as Error)?.stack ?? '',
      JSON.stringify((t as { cause?: unknown })?.cause ?? null),
    ].join('\n');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toMatch(/Signature=[0-9a-f]{64}/);
  }
}

describe('faults', () => {
  it('connection refused → WorkspaceNetworkError', async () => {
    const { url, server } = await serve(() => {});
    await new Promise((ok) => server.close(ok));
    const client = aksk(url);
    const error = await caught(client.addDesktopSubResources(BODY));
    expect(error).toBeInstanceOf(WorkspaceNetworkError);
    expect((error as Error).message).toMatch(/ECONNREFUSED.*Nothing was sent/);
    expect((error as WorkspaceNetworkError).mayHaveReachedService).toBe(false);
    expectNoSecret(error, client);
  });

  it('connection reset before any answer → WorkspaceNetworkError that may have reached the service, one request', async () => {
    const s = await serve((req) => req.socket.destroy());
    const error = await caught(aksk(s.url).addDesktopSubResources(BODY));
    expect(error).toBeInstanceOf(WorkspaceNetworkError);
    expect((error as WorkspaceNetworkError).mayHaveReachedService).toBe(true);
    expect((error as Error).message).toMatch(/may or may not have been placed/);
    expect(s.seen.length).toBe(1);
    expectNoSecret(error);
  });

  it('a 200 cut short mid-body → WorkspaceUnreadableAnswerError (accepted), one request', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
      res.write('{"job_id":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await caught(aksk(s.url).addDesktopSubResources(BODY));
    expect(error).toBeInstanceOf(WorkspaceUnreadableAnswerError);
    expect((error as WorkspaceUnreadableAnswerError).status).toBe(200);
    expect((error as Error).message).toMatch(/was accepted by the service \(200\).*look it up/);
    expect(s.seen.length).toBe(1);
    expectNoSecret(error);
  });

  it('slower than timeoutMs → WorkspaceTimeoutError, one request', async () => {
    // The server never answers. The clock starts before signing and sending, so the limit leaves
    // a loaded CI machine ample time to get the one request out.
    const s = await serve(() => {});
    const error = await caught(aksk(s.url, { timeoutMs: 1_500 }).addDesktopSubResources(BODY));
    expect(error).toBeInstanceOf(WorkspaceTimeoutError);
    expect((error as WorkspaceTimeoutError).timeoutMs).toBe(1_500);
    expect(s.seen.length).toBe(1);
    expectNoSecret(error);
  });

  it('the caller aborting → WorkspaceAbortError', async () => {
    const controller = new AbortController();
    // Abort once the server holds the request, so that the race cannot go either way.
    const s = await serve((_req, res) => {
      controller.abort();
      setTimeout(() => res.end('{}'), 1_000);
    });
    const promise = aksk(s.url, { timeoutMs: 5_000 }).addDesktopSubResources(BODY, { signal: controller.signal });
    expect(await caught(promise)).toBeInstanceOf(WorkspaceAbortError);
    expect(s.seen.length).toBe(1);
  });

  const answers: [string, number, string, string, RegExp][] = [
    [
      '500 with a Huawei error body',
      500,
      'application/json',
      '{"error_code":"WKS.0000","error_msg":"Internal error.","error_detail":"x","encoded_authorization_message":"y"}',
      /^WKS\.0000$/,
    ],
    ['502 with an HTML page', 502, 'text/html', '<html><body>Bad Gateway</body></html>', /^HWC\.CLIENT\.HTTP_502$/],
  ];
  it.each(answers)('%s → error result, one request', async (_n, status, type, body, code) => {
    const s = await serve((_req, res) => res.writeHead(status, { 'Content-Type': type, 'X-Request-Id': 'req-42' }).end(body));
    const client = createWorkspaceClient({ endpoint: s.url, projectId: 'p1', auth: { token: TOKEN } });
    const result = await client.addDesktopSubResources(BODY);
    expect(result.data).toBeUndefined();
    expect(result.error?.error_code).toMatch(code);
    expect(typeof result.error?.error_msg).toBe('string');
    expect(result.requestId).toBe('req-42');
    expect(result.response.status).toBe(status);
    expect(s.seen.length).toBe(1);
    expectNoSecret(result.error, client);
  });

  it.each([
    ['HTML', 'text/html', '<html>OK</html>', /not JSON \(text\/html\)/],
    ['truncated JSON', 'application/json', '{"job_id": ', /not JSON/],
  ])('200 with %s → WorkspaceUnreadableAnswerError saying it was accepted, one request', async (_n, type, body, reason) => {
    const s = await serve((_req, res) => res.writeHead(200, { 'Content-Type': type, 'X-Request-Id': 'req-7' }).end(body));
    const error = await caught(
      createWorkspaceClient({ endpoint: s.url, projectId: 'p1', auth: { token: TOKEN } }).addDesktopSubResources(BODY),
    );
    expect(error).toBeInstanceOf(WorkspaceUnreadableAnswerError);
    expect((error as WorkspaceUnreadableAnswerError).requestId).toBe('req-7');
    expect((error as Error).message).toMatch(reason);
    expect(s.seen.length).toBe(1);
    expectNoSecret(error);
  });

  it('200 with a wrong shape → WorkspaceUnreadableAnswerError when validateResponses is on', async () => {
    const s = await serve((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"orders":[{"order_status":"six"}]}'),
    );
    const client = aksk(s.url, { validateResponses: true });
    const error = await caught(
      client.createDesktopPoolChangeOrder({ type: 'RESIZE', resize_param: { desktop_pool_id: 'p', product_id: 'x' } }),
    );
    expect(error).toBeInstanceOf(WorkspaceUnreadableAnswerError);
    expect((error as Error).message).toContain('/orders/0/order_status');
    const lenient = await aksk(s.url).createDesktopPoolChangeOrder({
      type: 'RESIZE',
      resize_param: { desktop_pool_id: 'p', product_id: 'x' },
    });
    expect(lenient.data).toEqual({ orders: [{ order_status: 'six' }] });
  });

  it('an invalid body throws before anything is sent', async () => {
    const s = await serve((_req, res) => res.end('{}'));
    const client = aksk(s.url);
    const error = await caught(client.addDesktopSubResources({ sub_resource_sku: 'sku', desktop_ids: 'd1' } as never));
    expect(error).toBeInstanceOf(WorkspaceValidationError);
    expect((error as WorkspaceValidationError).issues[0]).toEqual({
      path: '/desktop_ids',
      message: 'must be an array',
      keyword: 'type',
    });
    expect(s.seen.length).toBe(0);
    expectNoSecret(error, client);
  });

  it('sends X-Project-Id, signs, and never prints credentials', async () => {
    let seen: IncomingMessage | undefined;
    const s = await serve((req, res) => {
      seen = req;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"job_id":"j"}');
    });
    const client = aksk(s.url, { userAgent: 'my-app/1.0' });
    const result = await client.addDesktopSubResources(BODY);
    expect(result.data).toEqual({ job_id: 'j' });
    expect(seen?.headers['x-project-id']).toBe('p1');
    expect(seen?.headers.authorization).toMatch(
      /^SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-project-id;x-sdk-date, /,
    );
    expect(seen?.headers['user-agent']).toBe('hwc-workspace-client/0.1.0 my-app/1.0');
    expect(JSON.parse(JSON.stringify(client))).toEqual({ baseUrl: s.url, projectId: 'p1', auth: 'aksk' });
    expectNoSecret(client, result.error);
  });
});
