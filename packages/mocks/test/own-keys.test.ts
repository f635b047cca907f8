/**
 * The mock's key lookups are own-property only, and a hostile body costs it little: an access
 * key named `__proto__` is an unknown key (401), not a crash (500); parameters named like
 * Object.prototype members are read back only when sent; thousands of invalid entries are
 * answered with the first MAX_REPORTED_ISSUES issues and their total.
 */

import type { OperationDescriptor, ParameterDescriptor } from '@hwc-workspace/client';
import { MAX_REPORTED_ISSUES } from '@hwc-workspace/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readParameters } from '../src/request.js';
import { type MockServer, startMockServer } from '../src/server.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ auth: { accessKeys: { AK1: 'SK1' } } });
});
afterAll(() => mock.close());

const PATH = '/v2/p1/desktop/sub-resources';

describe('the gateway looks access keys up by own property', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'Access=%s is an unknown access key: 401, not 500',
    async (ak) => {
      const res = await fetch(`${mock.url}${PATH}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Sdk-Date': new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, ''),
          Authorization: `SDK-HMAC-SHA256 Access=${ak}, SignedHeaders=x-sdk-date, Signature=${'0'.repeat(64)}`,
        },
        body: '{"sub_resource_sku":"s","desktop_ids":["d"]}',
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error_msg: string }).error_msg).toMatch(/unknown access key/);
    },
  );
});

const p = (name: string, where: ParameterDescriptor['in']): ParameterDescriptor => ({
  name,
  in: where,
  required: false,
  style: where === 'query' ? 'form' : 'simple',
  explode: where === 'query',
  type: 'string',
});
const OP: OperationDescriptor = {
  operationId: 'ListThings',
  method: 'GET',
  path: '/v2/things/{constructor}',
  callShape: 'input',
  parameters: [
    p('constructor', 'path'),
    p('__proto__', 'query'),
    p('toString', 'query'),
    p('then', 'query'),
    p('valueOf', 'header'),
  ],
  body: null,
  responses: {},
};

describe('parameters are read back into own properties only', () => {
  it('names such as __proto__, toString, then: present when sent, absent (not inherited) when not', () => {
    const read = readParameters(OP, new URL('http://x.test/v2/things/c1?__proto__=p&then=t'), new Headers());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { path, query, headers } = read.input;
    expect(Object.hasOwn(path, 'constructor') && path.constructor).toBe('c1');
    expect(Object.hasOwn(query, '__proto__') && query['__proto__']).toBe('p');
    expect(query.then).toBe('t');
    expect(query.toString).toBeUndefined();
    expect(headers.valueOf).toBeUndefined();
    expect(Object.keys(query).sort()).toEqual(['__proto__', 'then']);
  });
});

describe('a hostile body costs the mock little', () => {
  it(`10,000 invalid createOrder resources (80 kB): a 400 with the first ${MAX_REPORTED_ISSUES} issues and the total`, async () => {
    const open = await startMockServer({ auth: false });
    try {
      const body = JSON.stringify({ type: 'addVolumes', resources: Array.from({ length: 10_000 }, () => ({ a: 1 })) });
      expect(body.length).toBeGreaterThan(80_000);
      const res = await fetch(`${open.url}/v2/p1/periodic/subscribe/order`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      const answer = (await res.json()) as { error_msg: string; error_detail: string };
      expect(JSON.parse(answer.error_detail)).toHaveLength(MAX_REPORTED_ISSUES);
      // Two per entry (unknown property, no alternative matched) and one for the list over its maxItems.
      expect(answer.error_msg).toMatch(new RegExp(`\\(20001 issues; the first ${MAX_REPORTED_ISSUES} are in error_detail\\)`));
    } finally {
      await open.close();
    }
  });
});
