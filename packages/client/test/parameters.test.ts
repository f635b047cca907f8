/**
 * Parameters as they will be sent: values read from own properties only (names such as
 * `toString`, `constructor`, `__proto__`, `then`), no empty path segment, header names and values
 * as fetch sends them (nothing trimmed, nothing refused late), array items that the other side
 * would read back as more items refused, and issue lists capped with their total.
 * Operations are described by hand, as the generator would emit them.
 */

import { MAX_REPORTED_ISSUES } from '@hwc-workspace/validators';
import { describe, expect, it } from 'vitest';
import {
  createWorkspaceClient,
  createWorkspaceContext,
  type OperationDescriptor,
  WorkspaceConfigError,
  WorkspaceValidationError,
} from '../src/index.js';
import { caught } from './caught.js';
import { param, validator, validatorsOf } from './descriptors.js';
import { json, serve as serveWith } from './serve.js';

const serve = () => serveWith((_q, res) => json(res, 200, {}));

const OP: OperationDescriptor = {
  operationId: 'ListThings',
  method: 'GET',
  path: '/v2/{project_id}/things/{constructor}',
  callShape: 'input',
  parameters: [
    { ...param('project_id', 'path', { required: true }), filledBy: 'projectId' },
    param('constructor', 'path', { required: true }),
    param('toString', 'query'),
    param('then', 'query'),
    param('__proto__', 'query'),
    param('valueOf', 'query'),
    param('ids', 'query', { type: 'array', items: 'string', explode: false }),
    param('tags', 'query', { type: 'array', items: 'string', style: 'pipeDelimited', explode: false }),
    param('names', 'query', { type: 'array', items: 'string', style: 'spaceDelimited', explode: false }),
    param('each', 'query', { type: 'array', items: 'string', explode: true }),
    param('hasOwnProperty', 'header'),
    param('X-Language', 'header'),
    param('X-Ids', 'header', { type: 'array', items: 'string' }),
  ],
  body: null,
  responses: { '200': { mediaType: 'application/json', kind: 'json' } },
};

/**
 * What Ajv's generated code does for `properties` without ownProperties: `data.query.toString !==
 * undefined` and a type check. An inherited member read here refuses every call.
 */
const stringsOnly = validator((data) =>
  OP.parameters.flatMap((p) => {
    if (p.filledBy) return [];
    const where = p.in === 'header' ? 'headers' : p.in;
    const value = (data as Record<string, Record<string, unknown>>)[where]?.[p.name];
    return value !== undefined && typeof value !== (p.type === 'array' ? 'object' : 'string')
      ? [{ instancePath: `/${where}/${p.name}`, schemaPath: '#/type', keyword: 'type', params: { type: p.type } }]
      : [];
  }),
);
const validators = validatorsOf(OP, { parameters: stringsOnly });
const context = (endpoint: string, extra = {}) =>
  createWorkspaceContext({ endpoint, projectId: 'p1', auth: { token: 't' }, ...extra });

describe('values are read from own properties only', () => {
  it('parameters named constructor, toString, then, __proto__, valueOf, hasOwnProperty: only what is given is checked and sent', async () => {
    const s = await serve();
    const result = await context(s.url).send(OP, validators, { path: { constructor: 'c1' }, query: { then: 't1' } });
    expect(result.error).toBeUndefined();
    expect(s.seen.map((r) => r.url)).toEqual(['/v2/p1/things/c1?then=t1']);
    expect(s.seen[0]?.headers.hasownproperty).toBeUndefined();
  });

  it('an own __proto__ value is sent as given (JSON input holds it as a property)', async () => {
    const s = await serve();
    const input = JSON.parse(
      '{"path":{"constructor":"c"},"query":{"__proto__":"p","toString":"s"},"headers":{"hasOwnProperty":"h"}}',
    ) as object;
    await context(s.url).send(OP, validators, input);
    expect(s.seen[0]?.url).toBe('/v2/p1/things/c?toString=s&__proto__=p');
    expect(s.seen[0]?.headers.hasownproperty).toBe('h');
  });
});

describe('what is validated is what is sent', () => {
  const refused = async (input: object, extra = {}) => {
    const s = await serve();
    const error = await caught(context(s.url, extra).send(OP, validators, input));
    expect(error).toBeInstanceOf(WorkspaceValidationError);
    expect(s.seen).toHaveLength(0);
    return (error as WorkspaceValidationError).issues;
  };

  it('an empty path value is refused like "." and ".." (it would address the parent)', async () => {
    expect((await refused({ path: { constructor: '' } }))[0]).toMatchObject({ path: '/path/constructor', keyword: 'path' });
  });

  it.each([' en', 'en ', '\ten', 'en\t'])(
    'a header value with space or tab at an end (%j) is refused: fetch would trim it',
    async (value) => {
      expect((await refused({ path: { constructor: 'c' }, headers: { 'X-Language': value } }))[0]?.path).toBe(
        '/headers/X-Language',
      );
    },
  );

  it.each(['€', 'a\u0001b', 'a\u007fb'])(
    'a header value fetch cannot send (%j) is refused as a validation issue',
    async (value) => {
      expect((await refused({ path: { constructor: 'c' }, headers: { 'X-Language': value } }))[0]?.path).toBe(
        '/headers/X-Language',
      );
    },
  );

  it.each(['Bad Name', 'X-€', 'X:Y', ''])(
    'a per-call header name fetch refuses (%j) is a validation issue naming it',
    async (name) => {
      const s = await serve();
      const error = await caught(
        context(s.url).send(OP, validators, { path: { constructor: 'c' } }, { headers: { [name]: 'v' } }),
      );
      expect(error).toBeInstanceOf(WorkspaceValidationError);
      expect((error as WorkspaceValidationError).issues[0]?.path).toBe(`/headers/${name}`);
      expect(s.seen).toHaveLength(0);
    },
  );

  it('a Latin-1 header value is sent as it is', async () => {
    const s = await serve();
    await context(s.url).send(OP, validators, { path: { constructor: 'c' }, headers: { 'X-Language': 'fr-é' } });
    expect(Buffer.from(String(s.seen[0]?.headers['x-language']), 'latin1').toString('latin1')).toBe('fr-é');
  });

  it.each([
    ['ids', 'query', ['a,b', 'c']],
    ['tags', 'query', ['a|b']],
    ['names', 'query', ['a b']],
    ['X-Ids', 'headers', ['a,b']],
  ])(
    "an item of %s holding its style's delimiter is refused: it would be read back as more items",
    async (name, where, items) => {
      const input: object = { path: { constructor: 'c' }, [where]: { [name]: items } };
      expect((await refused(input))[0]?.path).toBe(`/${where}/${name}/0`);
    },
  );

  it('repeated keys (form, explode) carry any item as it is', async () => {
    const s = await serve();
    await context(s.url).send(OP, validators, { path: { constructor: 'c' }, query: { each: ['a,b', 'c|d'] } });
    expect(s.seen[0]?.url).toBe('/v2/p1/things/c?each=a%2Cb&each=c%7Cd');
  });

  it.each([[{ 'Bad Name': 'x' }], [{ 'X-App': ' padded' }], [{ 'X-App': '€' }], [{ Expect: '100-continue' }]])(
    'client-wide headers %j are checked when the client is created',
    (headers) => {
      expect(() => context('http://127.0.0.1:9', { headers })).toThrow(WorkspaceConfigError);
    },
  );

  it('a userAgent fetch would trim or refuse is refused when the client is created', () => {
    expect(() => context('http://127.0.0.1:9', { userAgent: 'app/1.0 ' })).toThrow(WorkspaceConfigError);
    expect(() => context('http://127.0.0.1:9', { userAgent: 'app/€' })).toThrow(WorkspaceConfigError);
    expect(() => context('http://127.0.0.1:9', { userAgent: 42 })).toThrow(WorkspaceConfigError);
  });
});

describe('issue lists are capped, with their total', () => {
  it(`a createOrder with 3,000 invalid resources: the first ${MAX_REPORTED_ISSUES} issues, the total in issueCount and the message`, async () => {
    const s = await serve();
    const body = { type: 'addVolumes', resources: Array.from({ length: 3_000 }, () => ({})) };
    const error = await caught(
      createWorkspaceClient({ endpoint: s.url, projectId: 'p1', auth: { token: 't' } }).createOrder(body as never),
    );
    expect(error).toBeInstanceOf(WorkspaceValidationError);
    const e = error as WorkspaceValidationError;
    expect(e.issues).toHaveLength(MAX_REPORTED_ISSUES);
    // One issue for the list over its maxItems, one per entry.
    expect(e.issueCount).toBe(3_001);
    expect(e.issues[1]?.path).toBe('/resources/0');
    expect(e.message).toMatch(/\(and 3000 more issues; the first 20 are in \.issues\)/);
    expect(s.seen).toHaveLength(0);
  });

  it('a short list is kept whole', async () => {
    const error = await caught(
      createWorkspaceClient({ endpoint: 'http://127.0.0.1:9', projectId: 'p1' }).createOrder({
        type: 'addVolumes',
        resources: [{}, {}],
      } as never),
    );
    expect((error as WorkspaceValidationError).issues).toHaveLength(2);
    expect((error as WorkspaceValidationError).issueCount).toBe(2);
    expect((error as Error).message).toMatch(/\(and 1 more issue\)\./);
  });
});
