/**
 * The runtime sends any operation the generator describes: parameters serialized per style,
 * validated before anything leaves, lookups retried, buying/changing calls sent once, redirects
 * never followed. Operations are described by hand here, as the generator would emit them.
 */

import type { CompiledValidator } from '@hwc-workspace/validators';
import { describe, expect, it } from 'vitest';
import {
  createWorkspaceContext,
  type OperationDescriptor,
  WorkspaceNetworkError,
  WorkspaceValidationError,
} from '../src/index.js';
import { caught } from './caught.js';
import { param, validator, validatorsOf } from './descriptors.js';
import { json, serve } from './serve.js';

const SHOW_JOB: OperationDescriptor = {
  operationId: 'ShowJob',
  method: 'GET',
  path: '/v2/{project_id}/jobs/{job_id}',
  callShape: 'input',
  parameters: [
    param('project_id', 'path', { required: true, filledBy: 'projectId' }),
    param('job_id', 'path', { required: true }),
    param('fields', 'query', { type: 'array', items: 'string' }),
    param('ids', 'query', { type: 'array', items: 'string', explode: false }),
    param('limit', 'query', { type: 'integer' }),
    param('X-Language', 'header'),
  ],
  body: null,
  responses: { '200': { mediaType: 'application/json', kind: 'json' }, '404': { mediaType: 'application/json', kind: 'json' } },
};
const DELETE_DESKTOP: OperationDescriptor = {
  ...SHOW_JOB,
  operationId: 'DeleteDesktop',
  method: 'DELETE',
  path: '/v2/{project_id}/desktops/{desktop_id}',
  parameters: [SHOW_JOB.parameters[0]!, param('desktop_id', 'path', { required: true })],
  responses: { '204': null },
};

/** A validator that accepts anything but an integer `limit` above 100, like a generated one would. */
const limitCheck = validator((data) => {
  const limit = (data as { query?: { limit?: unknown } }).query?.limit;
  return limit === undefined || (typeof limit === 'number' && limit <= 100)
    ? []
    : [{ instancePath: '/query/limit', schemaPath: '#/maximum', keyword: 'maximum', params: { comparison: '<=', limit: 100 } }];
});
const validators = (parameters?: CompiledValidator) => validatorsOf({ operationId: 'X', callShape: 'input' }, { parameters });
const context = (endpoint: string, extra = {}) =>
  createWorkspaceContext({ endpoint, projectId: 'p1', auth: { token: 't' }, timeoutMs: 5_000, ...extra });

describe('send: any operation', () => {
  it('serializes path and query per style: one encoded path segment, arrays repeated or joined, reserved characters encoded', async () => {
    const s = await serve((_q, res) => json(res, 200, { status: 'SUCCESS' }));
    const ctx = context(s.url);
    const result = await ctx.send(SHOW_JOB, validators(), {
      path: { job_id: 'a/b c' },
      query: { fields: ['x y', 'a&b=c', 'é'], ids: ['1', '2'], limit: 5 },
      headers: { 'X-Language': 'en-us' },
    });
    expect(result.data).toEqual({ status: 'SUCCESS' });
    expect(s.seen).toHaveLength(1);
    expect(s.seen[0]?.method).toBe('GET');
    expect(s.seen[0]?.url).toBe('/v2/p1/jobs/a%2Fb%20c?fields=x%20y&fields=a%26b%3Dc&fields=%C3%A9&ids=1,2&limit=5');
    expect(s.seen[0]?.headers['x-language']).toBe('en-us');
  });

  it('refuses before sending: parameter issues at /query/<name>, a path value of "..", a header with a line break', async () => {
    const s = await serve((_q, res) => json(res, 200, {}));
    const ctx = context(s.url);
    const bad = (input: object) => caught(ctx.send(SHOW_JOB, validators(limitCheck), input));
    const tooMany = await bad({ path: { job_id: 'j' }, query: { limit: 1000 } });
    expect(tooMany).toBeInstanceOf(WorkspaceValidationError);
    expect((tooMany as WorkspaceValidationError).issues).toEqual([
      { path: '/query/limit', message: 'must be <= 100', keyword: 'maximum' },
    ]);
    expect(((await bad({ path: { job_id: '..' } })) as WorkspaceValidationError).issues[0]?.path).toBe('/path/job_id');
    expect(
      ((await bad({ path: { job_id: 'j' }, headers: { 'X-Language': 'en\r\nX-Evil: 1' } })) as WorkspaceValidationError).issues[0]
        ?.path,
    ).toBe('/headers/X-Language');
    expect(s.seen).toHaveLength(0);
  });

  it('a 204 gives data undefined and no error', async () => {
    const s = await serve((_q, res) => res.writeHead(204).end());
    const result = await context(s.url).send(DELETE_DESKTOP, validators(), { path: { desktop_id: 'd1' } });
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
    expect(result.response.status).toBe(204);
    expect(s.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['DELETE /v2/p1/desktops/d1']);
  });

  it('retries a lookup on 429/502/503/504 and honours Retry-After', async () => {
    const s = await serve((_q, res, n) =>
      n === 1
        ? json(res, 429, { error_code: 'APIGW.0308', error_msg: 'throttled' }, { 'Retry-After': '0' })
        : n === 2
          ? json(res, 503, {})
          : json(res, 200, { status: 'SUCCESS' }),
    );
    const result = await context(s.url).send(SHOW_JOB, validators(), { path: { job_id: 'j' } });
    expect(result.data).toEqual({ status: 'SUCCESS' });
    expect(s.seen).toHaveLength(3);
  });

  it('gives up after `retries` and answers the last status; retries: 0 sends once', async () => {
    const s = await serve((_q, res) => json(res, 503, { error_code: 'APIGW.0503', error_msg: 'busy' }, { 'Retry-After': '0' }));
    expect((await context(s.url, { retries: 1 }).send(SHOW_JOB, validators(), { path: { job_id: 'j' } })).error?.error_code).toBe(
      'APIGW.0503',
    );
    expect(s.seen).toHaveLength(2);
    await context(s.url, { retries: 0 }).send(SHOW_JOB, validators(), { path: { job_id: 'j' } });
    expect(s.seen).toHaveLength(3);
  });

  it('does not wait for a Retry-After beyond the cap', async () => {
    const s = await serve((_q, res) =>
      json(res, 503, { error_code: 'APIGW.0503', error_msg: 'busy' }, { 'Retry-After': '3600' }),
    );
    const result = await context(s.url).send(SHOW_JOB, validators(), { path: { job_id: 'j' } });
    expect(result.error?.error_code).toBe('APIGW.0503');
    expect(s.seen).toHaveLength(1);
  });

  it('retries a lookup after a connection failure, and says how often', async () => {
    const s = await serve((req) => req.socket.destroy());
    const error = await caught(context(s.url, { retries: 2 }).send(SHOW_JOB, validators(), { path: { job_id: 'j' } }));
    expect(error).toBeInstanceOf(WorkspaceNetworkError);
    expect((error as Error).message).toMatch(/retried 2 times/);
    expect(s.seen).toHaveLength(3);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('never retries %s, whatever the status', async (method) => {
    const s = await serve((_q, res) => json(res, 503, { error_code: 'APIGW.0503', error_msg: 'busy' }, { 'Retry-After': '0' }));
    const result = await context(s.url, { retries: 5 }).send({ ...DELETE_DESKTOP, method }, validators(), {
      path: { desktop_id: 'd' },
    });
    expect(result.error?.error_code).toBe('APIGW.0503');
    expect(s.seen).toHaveLength(1);
  });

  it('retries a POST the spec marks x-hwc-idempotent (a price inquiry) on 503, and still sends an order POST once', async () => {
    const inquiry: OperationDescriptor = {
      ...DELETE_DESKTOP,
      operationId: 'EstimateAddResources',
      method: 'POST',
      safe: true,
      responses: { '200': { mediaType: 'application/json', kind: 'json' } },
    };
    const order: OperationDescriptor = { ...inquiry, operationId: 'CreateOrder', safe: false };
    const s = await serve((_q, res, n) =>
      n === 1
        ? json(res, 503, { error_code: 'APIGW.0503', error_msg: 'busy' }, { 'Retry-After': '0' })
        : json(res, 200, { currency: 'CNY' }),
    );
    expect((await context(s.url).send(inquiry, validators(), { path: { desktop_id: 'd' } })).data).toEqual({ currency: 'CNY' });
    expect(s.seen.map((r) => r.method)).toEqual(['POST', 'POST']);
    const once = await serve((_q, res) =>
      json(res, 503, { error_code: 'APIGW.0503', error_msg: 'busy' }, { 'Retry-After': '0' }),
    );
    expect(
      (await context(once.url, { retries: 5 }).send(order, validators(), { path: { desktop_id: 'd' } })).error?.error_code,
    ).toBe('APIGW.0503');
    expect(once.seen).toHaveLength(1);
    // After a broken connection, the inquiry's error says it changes nothing and was retried.
    const broken = await serve((req) => req.socket.destroy());
    const error = await caught(context(broken.url, { retries: 1 }).send(inquiry, validators(), { path: { desktop_id: 'd' } }));
    expect((error as Error).message).toMatch(/changes nothing.*retried 1 time\b/);
    expect(broken.seen).toHaveLength(2);
  });

  it('never follows a redirect: one request, a typed error naming the status and the host', async () => {
    const target = await serve((_q, res) => json(res, 200, { stolen: true }));
    const s = await serve((_q, res) => res.writeHead(307, { Location: `${target.url}/elsewhere` }).end());
    const result = await context(s.url).send(SHOW_JOB, validators(), { path: { job_id: 'j' } });
    expect(result.error?.error_code).toBe('HWC.CLIENT.REDIRECT');
    expect(result.error?.error_msg).toContain(`307 towards ${new URL(target.url).host}`);
    expect(s.seen).toHaveLength(1);
    expect(target.seen).toHaveLength(0);
  });

  it('refuses a retries option that is not a whole number >= 0', () => {
    expect(() => context('http://127.0.0.1:1', { retries: -1 })).toThrow(/retries must be a whole number/);
  });
});
