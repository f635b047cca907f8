/** The msw the contract tests run on, as CI asks (HWC_MSW_EXPECT=3 with HWC_MSW_DIR, on Node 22+). */

import { createWorkspaceHandlers } from '@hwc-workspace/mocks';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { expect, it } from 'vitest';

it('is the expected major, and the mocks package builds its handlers with that same copy', async () => {
  const expected = process.env.HWC_MSW_EXPECT;
  if (expected) expect(process.env.HWC_MSW_VERSION?.split('.')[0]).toBe(expected);
  // One copy: a handler made by the tests' `http` and one made by the mocks package share a class.
  const [ours] = createWorkspaceHandlers();
  expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(http.post('/x', () => undefined)));
  const server = setupServer(...createWorkspaceHandlers({ baseUrl: 'https://workspace.example.test' }));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const res = await fetch('https://workspace.example.test/v2/p/desktop/sub-resources', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"sub_resource_sku":"s","desktop_ids":["d"]}',
    });
    expect(res.status).toBe(200);
  } finally {
    server.close();
  }
});
