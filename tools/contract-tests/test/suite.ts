/**
 * The contract suite, shared by the MSW run and the real-socket runs: every operation × every
 * named request example round-trips, and every documented error status comes back typed.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@hwc-workspace/mocks';
import type { MethodName, WorkspaceClient } from '@hwc-workspace/client';

type Call = (body: unknown) => Promise<{ data?: unknown; error?: Record<string, unknown>; response: Response; requestId?: string }>;
export const METHODS = Object.keys(FIXTURES) as MethodName[];
export const call = (client: WorkspaceClient, m: MethodName): Call => client[m] as unknown as Call;

export function exampleSuite(makeClient: () => WorkspaceClient, seen: () => number) {
  const cases = METHODS.flatMap((m) => Object.entries(FIXTURES[m].requestExamples).map(([name, body]) => ({ m, name, body })));
  describe('every request example round-trips', () => {
    it.each(cases)('$m $name', async ({ m, body }) => {
      const before = seen();
      const result = await call(makeClient(), m)(body);
      expect(result.error).toBeUndefined();
      expect(result.response.status).toBe(200);
      expect(Object.values(FIXTURES[m].responses['200'].examples)).toContainEqual(result.data);
      expect(result.requestId).toMatch(/^mock-[0-9a-f]{12}$/);
      expect(seen() - before).toBe(1);
    });
  });
}

export function errorSuite(makeClient: () => WorkspaceClient, pin: (m: MethodName, status: number) => void | Promise<void>) {
  const cases = METHODS.flatMap((m) => Object.keys(FIXTURES[m].responses).map(Number).filter((s) => s >= 400).map((status) => ({ m, status })));
  describe('every documented error status comes back typed', () => {
    it.each(cases)('$m $status', async ({ m, status }) => {
      await pin(m, status);
      const result = await call(makeClient(), m)(Object.values(FIXTURES[m].requestExamples)[0]);
      expect(result.data).toBeUndefined();
      expect(result.response.status).toBe(status);
      const responses: Readonly<Record<string, { readonly examples?: Readonly<Record<string, unknown>> }>> = FIXTURES[m].responses;
      const expected = Object.values(responses[String(status)]?.examples ?? {})[0] as Record<string, unknown>;
      expect(result.error).toEqual(expected);
      for (const field of ['error_code', 'error_msg', 'error_detail', 'encoded_authorization_message']) {
        if (field in expected) expect(result.error?.[field]).toBe(expected[field]);
      }
      expect(result.requestId).toBeTruthy();
    });
  });
}
