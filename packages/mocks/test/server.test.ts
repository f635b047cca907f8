/**
 * The real mock server under hostile load: bodies over the limit are refused before they are
 * read, slow clients are cut off, malformed paths and undeclared media types get Huawei-shaped
 * errors, error answers stay small, and many parallel requests are all answered.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/server.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ auth: false });
});
afterAll(() => mock.close());

const PATH = '/v2/p1/desktop/sub-resources';
const post = (body: BodyInit, type = 'application/json') =>
  fetch(`${mock.url}${PATH}`, { method: 'POST', headers: { 'Content-Type': type }, body });

describe('startMockServer limits', () => {
  it('refuses a 50 MB body with 413 before reading it, with little memory growth', async () => {
    const before = process.memoryUsage().rss;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 50) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${mock.url}${PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit).catch(() => undefined);
    if (res) {
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error_code: string }).error_code).toBe('APIGW.0201');
    }
    expect(sent).toBeLessThan(50);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('answers a malformed percent escape in the path with 400, not 500', async () => {
    const res = await fetch(`${mock.url}/v2/%ZZ/desktop/sub-resources`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(400);
  });

  it.each(['text/plain', 'application/x-ndjson'])(
    'answers %s, a media type the operation does not declare, with 415',
    async (type) => {
      const res = await post('{"sub_resource_sku":"s","desktop_ids":["d"]}', type);
      expect(res.status).toBe(415);
      expect(((await res.json()) as { error_msg: string }).error_msg).toContain('application/json');
    },
  );

  it('reads a JSON body sent as another JSON media type (the one media-kind rule: +json)', async () => {
    const res = await post('{"sub_resource_sku":"s","desktop_ids":["d"]}', 'application/merge-patch+json; charset=utf-8');
    expect(res.status).toBe(200);
  });

  it('keeps the error answer small for a body with a hundred thousand bad entries', async () => {
    const body = JSON.stringify({ sub_resource_sku: 's', desktop_ids: Array.from({ length: 100_000 }, () => 1) });
    expect(body.length).toBeLessThan(1024 * 1024);
    const res = await post(body);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(10_000);
    // 100,000 items of the wrong type, and one issue more: the list is longer than its 100 items (API definition).
    expect(JSON.parse(text).error_msg).toMatch(/100001 issues; the first 20/);
  });

  it('cuts off a client that sends one byte per second', async () => {
    const slow = await startMockServer({ auth: false, requestTimeoutMs: 1_000, headersTimeoutMs: 1_000 });
    const started = Date.now();
    const closed = await new Promise<boolean>((resolve) => {
      const socket = connect(Number(new URL(slow.url).port), '127.0.0.1', () => {
        socket.write(`POST ${PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`);
        const timer = setInterval(() => socket.write('{'), 1_000);
        socket.on('close', () => (clearInterval(timer), resolve(true)));
        socket.on('error', () => undefined);
        setTimeout(() => (clearInterval(timer), socket.destroy(), resolve(false)), 8_000);
      });
    });
    await slow.close();
    expect(closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(7_000);
  }, 10_000);

  it('answers 500 concurrent requests', async () => {
    const body = JSON.stringify({ sub_resource_sku: 's', desktop_ids: ['d'] });
    const statuses = await Promise.all(Array.from({ length: 500 }, () => post(body).then((r) => r.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(500);
  }, 60_000);
});
