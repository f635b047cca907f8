/**
 * The contract suite, shared by the MSW run and the real-socket runs: every operation × every
 * named request example round-trips (an operation without a body once, with its parameters),
 * and every documented error status comes back typed.
 */

import {
  type MethodName,
  OPERATIONS,
  type OperationDescriptor,
  type ValueType,
  type WorkspaceClient,
} from '@hwc-workspace/client';
import { FIXTURES } from '@hwc-workspace/mocks';
import { describe, expect, it } from 'vitest';

type Call = (
  request: unknown,
) => Promise<{ data?: unknown; error?: Record<string, unknown>; response: Response; requestId?: string }>;
export const METHODS = Object.keys(FIXTURES) as MethodName[];
export const call = (client: WorkspaceClient, m: MethodName): Call => client[m] as unknown as Call;

const SAMPLE: Partial<Record<ValueType, unknown>> = { string: 'sample-1', integer: 1, number: 1, boolean: true };

/**
 * What the client method of `m` takes to send `body`: the body itself for an operation called
 * with its body alone, else `{ path, query, headers, body }` with a sample value of the right type
 * for each required parameter the caller passes.
 */
export function requestOf(m: MethodName, body: unknown): unknown {
  const op: OperationDescriptor = OPERATIONS[m];
  if (op.callShape === 'body') return body;
  const input: Record<string, Record<string, unknown>> = {};
  for (const p of op.parameters) {
    if (p.filledBy || !p.required) continue;
    (input[p.in === 'header' ? 'headers' : p.in] ??= {})[p.name] = SAMPLE[p.type];
  }
  return body === undefined ? input : { ...input, body };
}

/** The named request examples of `m`, or one unnamed request for an operation without a body. */
export function requestsOf(m: MethodName): { name: string; request: unknown }[] {
  const examples = Object.entries(FIXTURES[m].requestExamples);
  if (examples.length === 0 && OPERATIONS[m].body === null)
    return [{ name: '(parameters only)', request: requestOf(m, undefined) }];
  return examples.map(([name, body]) => ({ name, request: requestOf(m, body) }));
}

export function exampleSuite(makeClient: () => WorkspaceClient, seen: () => number) {
  const cases = METHODS.flatMap((m) => requestsOf(m).map(({ name, request }) => ({ m, name, request })));
  describe('every request example round-trips', () => {
    it.each(cases)('$m $name', async ({ m, request }) => {
      const before = seen();
      const result = await call(makeClient(), m)(request);
      expect(result.error).toBeUndefined();
      expect(result.response.status).toBe(200);
      const examples: unknown[] = Object.values(FIXTURES[m].responses['200']?.examples ?? {});
      const paging = (OPERATIONS[m] as OperationDescriptor).paging;
      if (!paging) expect(examples).toContainEqual(result.data);
      else {
        // A list that pages answers the first page of the items of all its examples, counting them all.
        const all = [
          ...new Map(
            examples.flatMap((e) => (e as Record<string, unknown[]>)[paging.items] ?? []).map((i) => [JSON.stringify(i), i]),
          ).values(),
        ];
        const data = result.data as Record<string, unknown>;
        expect(data[paging.items]).toEqual(all.slice(0, paging.pageSize ?? all.length));
        if (paging.total) expect(data[paging.total]).toBe(all.length);
      }
      expect(result.requestId).toMatch(/^mock-[0-9a-f]{12}$/);
      expect(seen() - before).toBe(1);
    });
  });
}

export function errorSuite(makeClient: () => WorkspaceClient, pin: (m: MethodName, status: number) => void | Promise<void>) {
  // Statuses the spec documents without an example (no source shows their error code) have nothing to compare.
  const responsesOf = (m: MethodName): Readonly<Record<string, { readonly examples?: Readonly<Record<string, unknown>> }>> =>
    FIXTURES[m].responses;
  const withExample = (m: MethodName, status: number) => Object.keys(responsesOf(m)[String(status)]?.examples ?? {}).length > 0;
  const cases = METHODS.flatMap((m) =>
    Object.keys(FIXTURES[m].responses)
      .map(Number)
      .filter((s) => s >= 400 && withExample(m, s))
      .map((status) => ({ m, status })),
  );
  describe('every documented error status comes back typed', () => {
    it.each(cases)('$m $status', async ({ m, status }) => {
      await pin(m, status);
      const result = await call(makeClient(), m)(requestsOf(m)[0]!.request);
      expect(result.data).toBeUndefined();
      expect(result.response.status).toBe(status);
      const expected = Object.values(responsesOf(m)[String(status)]?.examples ?? {})[0] as Record<string, unknown>;
      expect(result.error).toEqual(expected);
      for (const field of ['error_code', 'error_msg', 'error_detail', 'encoded_authorization_message']) {
        if (field in expected) expect(result.error?.[field]).toBe(expected[field]);
      }
      expect(result.requestId).toBeTruthy();
    });
  });
}
