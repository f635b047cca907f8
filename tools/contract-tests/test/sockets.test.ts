/** The contract suite over real sockets, against startMockServer on 127.0.0.1: AK/SK, then token. */

import { createWorkspaceClient, signRequest } from '@hwc-workspace/client';
import { type MockServer, startMockServer } from '@hwc-workspace/mocks/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleSuite } from './suite.js';

const KEYS = { accessKey: 'HWCMOCKAK0000000001', secretKey: 'mock-secret-key-never-printed' };
let mock: MockServer;
let count = 0;
beforeAll(async () => {
  mock = await startMockServer({ auth: { accessKeys: { [KEYS.accessKey]: KEYS.secretKey }, tokens: ['token-1'] } });
  mock.server.on('request', () => count++);
});
afterAll(() => mock.close());

describe('AK/SK', () => {
  exampleSuite(
    () => createWorkspaceClient({ endpoint: mock.url, projectId: 'p1', auth: KEYS }),
    () => count,
  );

  it('answers 401 to a wrong secret, a stale date and no credentials', async () => {
    const wrong = await createWorkspaceClient({
      endpoint: mock.url,
      projectId: 'p1',
      auth: { ...KEYS, secretKey: 'other' },
    }).addDesktopSubResources({ sub_resource_sku: 's', desktop_ids: ['d'] });
    expect(wrong.response.status).toBe(401);
    expect(wrong.error).toMatchObject({
      error_code: 'APIGW.0301',
      error_msg: expect.stringContaining('signature does not match'),
    });
    const stale = await fetch(
      await signRequest(
        new Request(`${mock.url}/v2/p1/desktop/sub-resources`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"sub_resource_sku":"s","desktop_ids":["d"]}',
        }),
        KEYS,
        { date: new Date(Date.now() - 16 * 60_000) },
      ),
    );
    expect(stale.status).toBe(401);
    expect(((await stale.json()) as { error_msg: string }).error_msg).toMatch(/15 minutes/);
    const none = await createWorkspaceClient({ endpoint: mock.url, projectId: 'p1' }).addDesktopSubResources({
      sub_resource_sku: 's',
      desktop_ids: ['d'],
    });
    expect(none.response.status).toBe(401);
    expect(none.requestId).toBeTruthy();
  });
});

describe('token', () => {
  exampleSuite(
    () => createWorkspaceClient({ endpoint: mock.url, projectId: 'p1', auth: { token: 'token-1' } }),
    () => count,
  );

  it('answers 401 to an unknown token, and allows CORS', async () => {
    const bad = await createWorkspaceClient({ endpoint: mock.url, projectId: 'p1', auth: { token: 'nope' } }).createOrder({
      type: 'expandDesktopPool',
      resources: [{ expand_desktop_pool: { pool_id: 'x' } }],
    });
    expect(bad.response.status).toBe(401);
    const preflight = await fetch(`${mock.url}/v2/p1/periodic/subscribe/order`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/);
  });
});
