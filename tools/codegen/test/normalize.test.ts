/**
 * normalize.ts, given/want: a small OpenAPI document in (built in memory, as load.ts would hand
 * it over after bundling), the operation model out. One table per concern. Warnings are compared
 * without their `file:line` prefix, except where the place itself is the point.
 */
import { describe, expect, it } from 'vitest';
import type { LoadedSpec } from '../src/load.js';
import type { OperationModel, ParameterModel, SpecModel } from '../src/model.js';
import { normalize } from '../src/normalize.js';

type Json = Record<string, unknown>;

const ok = { '200': { description: 'OK' } };

/** A whole document around `paths`; the entry source is its JSON text (YAML reads JSON), so places have lines. */
function loaded(paths: Json, components: Json = {}, openapi = '3.1.0'): LoadedSpec {
  const document = { openapi, info: { title: 't', version: '1' }, paths, components };
  return { document, entry: 'openapi.yaml', entrySource: JSON.stringify(document, null, 2) };
}
function model(paths: Json, components?: Json, openapi?: string): SpecModel {
  return normalize(loaded(paths, components, openapi));
}
/** 1-based line of the first line holding `text`, at or after line `from`. */
function lineOf(spec: LoadedSpec, text: string, from = 1): number {
  const lines = spec.entrySource.split('\n');
  const i = lines.findIndex((line, n) => n + 1 >= from && line.includes(text));
  if (i < 0) throw new Error(`no line holds ${text}`);
  return i + 1;
}
const unplaced = (warnings: readonly string[]) => warnings.map((w) => w.replace(/^openapi\.yaml:\d+( #\S+)?: /, ''));
/** The one operation of a one-operation document. */
function only(operation: Json, pathItem: Json = {}, components?: Json): OperationModel {
  const ops = model(
    { '/v2/{project_id}/things': { ...pathItem, post: { operationId: 'Op', responses: ok, ...operation } } },
    components,
  ).operations;
  expect(ops).toHaveLength(1);
  return ops[0] as OperationModel;
}
const pick = (p: ParameterModel) => ({
  name: p.name,
  in: p.in,
  required: p.required,
  style: p.style,
  explode: p.explode,
  valueType: p.valueType,
  ...(p.itemType ? { itemType: p.itemType } : {}),
  ...(p.filledBy ? { filledBy: p.filledBy } : {}),
});

describe('methods', () => {
  it('keeps what the client sends, upper-cased, and skips OPTIONS and TRACE with a warning', () => {
    const item = Object.fromEntries(
      ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'].map((m) => [
        m,
        { operationId: `${m}It`, responses: ok },
      ]),
    );
    const m = model({ '/x': item });
    expect(m.operations.map((o) => o.method)).toEqual(['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT']);
    expect(unplaced(m.warnings)).toEqual([
      'OPTIONS /x skipped: the client does not send OPTIONS requests.',
      'TRACE /x skipped: the client does not send TRACE requests.',
    ]);
  });
});

describe('parameters', () => {
  const components = {
    parameters: { Lang: { name: 'X-Language', in: 'header', schema: { type: 'string' } } },
    schemas: { Count: { type: 'integer' }, Ids: { type: 'array', items: { $ref: '#/components/schemas/Count' } } },
    securitySchemes: { token: { type: 'apiKey', in: 'header', name: 'X-Auth-Token' } },
  };
  it.each([
    [
      'path: required, simple, not exploded',
      { name: 'id', in: 'path', schema: { type: 'string' } },
      { name: 'id', in: 'path', required: true, style: 'simple', explode: false, valueType: 'string' },
    ],
    [
      'project_id in the path: filled by the client',
      { name: 'project_id', in: 'path', required: true, schema: { type: 'string' } },
      {
        name: 'project_id',
        in: 'path',
        required: true,
        style: 'simple',
        explode: false,
        valueType: 'string',
        filledBy: 'projectId',
      },
    ],
    [
      'query: form, exploded',
      { name: 'limit', in: 'query', schema: { type: 'integer' } },
      { name: 'limit', in: 'query', required: false, style: 'form', explode: true, valueType: 'integer' },
    ],
    [
      'query: required as written',
      { name: 'limit', in: 'query', required: true, schema: { type: 'integer' } },
      { name: 'limit', in: 'query', required: true, style: 'form', explode: true, valueType: 'integer' },
    ],
    [
      'query: spaceDelimited is not exploded by default',
      { name: 'ids', in: 'query', style: 'spaceDelimited', schema: { type: 'array', items: { type: 'string' } } },
      {
        name: 'ids',
        in: 'query',
        required: false,
        style: 'spaceDelimited',
        explode: false,
        valueType: 'array',
        itemType: 'string',
      },
    ],
    [
      'query: explode as written',
      { name: 'ids', in: 'query', explode: false, schema: { type: 'array', items: { type: 'integer' } } },
      { name: 'ids', in: 'query', required: false, style: 'form', explode: false, valueType: 'array', itemType: 'integer' },
    ],
    [
      'header: simple, not exploded',
      { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
      { name: 'X-Trace', in: 'header', required: false, style: 'simple', explode: false, valueType: 'string' },
    ],
    [
      'header of the auth scheme: filled by the client',
      { name: 'x-auth-token', in: 'header', schema: { type: 'string' } },
      {
        name: 'x-auth-token',
        in: 'header',
        required: false,
        style: 'simple',
        explode: false,
        valueType: 'string',
        filledBy: 'auth',
      },
    ],
    [
      '$ref to a component parameter',
      { $ref: '#/components/parameters/Lang' },
      { name: 'X-Language', in: 'header', required: false, style: 'simple', explode: false, valueType: 'string' },
    ],
    [
      'value type through a schema $ref',
      { name: 'n', in: 'query', schema: { $ref: '#/components/schemas/Count' } },
      { name: 'n', in: 'query', required: false, style: 'form', explode: true, valueType: 'integer' },
    ],
    [
      'item type through $refs',
      { name: 'ids', in: 'query', schema: { $ref: '#/components/schemas/Ids' } },
      { name: 'ids', in: 'query', required: false, style: 'form', explode: true, valueType: 'array', itemType: 'integer' },
    ],
    [
      'type union: first that is not null',
      { name: 'n', in: 'query', schema: { type: ['null', 'boolean'] } },
      { name: 'n', in: 'query', required: false, style: 'form', explode: true, valueType: 'boolean' },
    ],
    [
      'oneOf: its first branch',
      { name: 'n', in: 'query', schema: { oneOf: [{ type: 'number' }, { type: 'string' }] } },
      { name: 'n', in: 'query', required: false, style: 'form', explode: true, valueType: 'number' },
    ],
    [
      'items without type: array',
      { name: 'n', in: 'query', schema: { items: { type: 'boolean' } } },
      { name: 'n', in: 'query', required: false, style: 'form', explode: true, valueType: 'array', itemType: 'boolean' },
    ],
    [
      'properties without type: object',
      { name: 'n', in: 'query', style: 'deepObject', schema: { properties: { a: {} } } },
      { name: 'n', in: 'query', required: false, style: 'deepObject', explode: false, valueType: 'object' },
    ],
    [
      'no schema: string',
      { name: 'n', in: 'query' },
      { name: 'n', in: 'query', required: false, style: 'form', explode: true, valueType: 'string' },
    ],
    [
      'schema under content',
      { name: 'n', in: 'query', content: { 'application/json': { schema: { type: 'object' } } } },
      { name: 'n', in: 'query', required: false, style: 'form', explode: true, valueType: 'object' },
    ],
  ])('%s', (_name, given, want) => {
    expect(only({ parameters: [given] }, {}, components).parameters.map(pick)).toEqual([want]);
  });

  it.each([
    ['Accept', 'header'],
    ['content-type', 'header'],
    ['Authorization', 'header'],
    ['x', 'body'],
  ])('drops %s in %s (the transport sets it, or OpenAPI has no such place)', (name, where) => {
    expect(only({ parameters: [{ name, in: where, schema: { type: 'string' } }] }).parameters).toEqual([]);
  });

  it('skips a cookie with a warning that says when the operation may fail', () => {
    const m = model({
      '/x': {
        get: {
          operationId: 'Op',
          parameters: [
            { name: 'sid', in: 'cookie', required: true },
            { name: 'pref', in: 'cookie' },
          ],
          responses: ok,
        },
      },
    });
    expect(m.operations[0]?.parameters).toEqual([]);
    expect(unplaced(m.warnings)).toEqual([
      'cookie parameter "sid" skipped: the client does not send cookies; the operation may fail without it.',
      'cookie parameter "pref" skipped: the client does not send cookies.',
    ]);
  });

  it('merges the path item and the operation: the operation overrides the same name and place, in order of first mention', () => {
    const op = only(
      {
        parameters: [
          { name: 'limit', in: 'query', required: true, schema: { type: 'integer' } },
          { name: 'limit', in: 'header', schema: { type: 'string' } },
        ],
      },
      {
        parameters: [
          { name: 'project_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'string' } },
        ],
      },
    );
    expect(op.parameters.map((p) => [p.in, p.name, p.valueType, p.required, p.pointer])).toEqual([
      ['path', 'project_id', 'string', true, '/paths/~1v2~1{project_id}~1things/parameters/0'],
      ['query', 'limit', 'integer', true, '/paths/~1v2~1{project_id}~1things/post/parameters/0'],
      ['header', 'limit', 'string', false, '/paths/~1v2~1{project_id}~1things/post/parameters/1'],
    ]);
  });
});

describe('request bodies', () => {
  const components = {
    schemas: { Order: { type: 'object' } },
    requestBodies: {
      OrderBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
    },
  };
  it.each([
    [
      'JSON, optional',
      { content: { 'application/json': { schema: { type: 'object' } } } },
      { required: false, primary: 'application/json', kinds: ['json'] },
    ],
    [
      'JSON, required',
      { required: true, content: { 'application/json': {} } },
      { required: true, primary: 'application/json', kinds: ['json'] },
    ],
    [
      '+json suffix with parameters',
      { content: { 'application/merge-patch+json; charset=utf-8': {} } },
      { required: false, primary: 'application/merge-patch+json; charset=utf-8', kinds: ['json'] },
    ],
    [
      'JSON preferred over the first',
      {
        content: {
          'text/plain': {},
          'application/xml': {},
          'application/octet-stream': {},
          'multipart/form-data': {},
          'Application/JSON': {},
        },
      },
      { required: false, primary: 'Application/JSON', kinds: ['text', 'text', 'binary', 'binary', 'json'] },
    ],
    [
      'no JSON: the first',
      { content: { 'application/octet-stream': {}, 'text/csv': {} } },
      { required: false, primary: 'application/octet-stream', kinds: ['binary', 'text'] },
    ],
    [
      '$ref to a component body',
      { $ref: '#/components/requestBodies/OrderBody' },
      { required: true, primary: 'application/json', kinds: ['json'], schemaRef: 'Order' },
    ],
  ])('%s', (_name, requestBody, want) => {
    const op = only({ requestBody }, {}, components);
    const body = op.body;
    expect(
      body && {
        required: body.required,
        primary: body.primary.mediaType,
        kinds: body.media.map((m) => m.kind),
        ...(op.requestSchemaRef ? { schemaRef: op.requestSchemaRef } : {}),
      },
    ).toEqual(want);
  });

  it.each([
    ['no requestBody', {}],
    ['no content', { requestBody: { description: 'nothing' } }],
  ])('%s: no body', (_name, operation) => {
    expect(only(operation).body).toBeUndefined();
  });
});

describe('responses', () => {
  it.each([
    [
      'sorted by status, ranges after their codes, default last',
      {
        default: { description: 'd' },
        '404': { description: 'n' },
        '2XX': { description: 'r' },
        '201': { description: 'c' },
        '200': { description: 'o' },
      },
      [
        ['200', 200],
        ['201', 201],
        ['2XX', undefined],
        ['404', 404],
        ['default', undefined],
      ],
    ],
    [
      'other spellings of a range and default, extensions dropped',
      { '2xx': { description: '' }, Default: { description: '' }, 'x-note': {} },
      [
        ['2XX', undefined],
        ['default', undefined],
      ],
    ],
    [
      'DEFAULT in capitals: default',
      { '200': { description: '' }, DEFAULT: { description: '' } },
      [
        ['200', 200],
        ['default', undefined],
      ],
    ],
  ])('%s', (_name, responses, want) => {
    expect(only({ responses }).responses.map((r) => [r.status, r.code])).toEqual(want);
  });

  it.each([
    ['bodiless', { description: 'No Content' }, { description: 'No Content', primary: undefined, kinds: [] }],
    [
      'JSON with a component schema',
      { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
      { description: 'OK', primary: 'application/json', kinds: ['json'], schemaRef: 'Order' },
    ],
    [
      'text and JSON: JSON read',
      { description: 'OK', content: { 'text/plain': {}, 'application/problem+json': {} } },
      { description: 'OK', primary: 'application/problem+json', kinds: ['text', 'json'] },
    ],
    ['binary only', { content: { 'application/zip': {} } }, { description: '', primary: 'application/zip', kinds: ['binary'] }],
  ])('%s', (_name, response, want) => {
    const r = only({ responses: { '200': response } }, {}, { schemas: { Order: { type: 'object' } } }).responses[0];
    expect(
      r && {
        description: r.description,
        primary: r.primary?.mediaType,
        kinds: r.media.map((m) => m.kind),
        ...(r.schemaRef ? { schemaRef: r.schemaRef } : {}),
      },
    ).toEqual(want);
  });
});

describe('call shape', () => {
  const project = { name: 'project_id', in: 'path', required: true, schema: { type: 'string' } };
  it.each([
    [
      'a body and only client-filled parameters: the body alone',
      { parameters: [project], requestBody: { content: { 'application/json': {} } } },
      'body',
    ],
    [
      'a body and a caller parameter: input',
      {
        parameters: [project, { name: 'dry', in: 'query', schema: { type: 'boolean' } }],
        requestBody: { content: { 'application/json': {} } },
      },
      'input',
    ],
    ['no body: input', { parameters: [project] }, 'input'],
  ])('%s', (_name, operation, want) => {
    expect(only(operation).callShape).toBe(want);
  });
});

describe('safe (may be retried)', () => {
  it.each([
    ['get', {}, true],
    ['head', {}, true],
    ['post', {}, false],
    ['put', {}, false],
    ['delete', {}, false],
    ['post', { 'x-hwc-idempotent': true }, true],
    ['get', { 'x-hwc-idempotent': false }, true],
    ['post', { 'x-hwc-idempotent': false }, false],
  ])('%s %j → %s', (method, extra, want) => {
    expect(model({ '/x': { [method]: { operationId: 'Op', responses: ok, ...extra } } }).operations[0]?.safe).toBe(want);
  });

  it('refuses an x-hwc-idempotent that is not a boolean, at its line', () => {
    const spec = loaded({ '/x': { post: { operationId: 'Op', responses: ok, 'x-hwc-idempotent': 'yes' } } });
    expect(() => normalize(spec)).toThrow(
      `openapi.yaml:${lineOf(spec, '"x-hwc-idempotent"')}: x-hwc-idempotent must be true or false, not "yes"`,
    );
  });
});

describe('operation names', () => {
  it.each([
    [
      'as written',
      { '/x': { get: { operationId: 'ListThings', responses: ok } } },
      [['ListThings', 'ListThings', 'listThings', 'list-things']],
      [],
    ],
    [
      'derived from method and path, with a warning',
      { '/v2/{project_id}/jobs/{job_id}': { get: { responses: ok } } },
      [
        [
          'getV2ByProjectIdJobsByJobId',
          'GetV2ByProjectIdJobsByJobId',
          'getV2ByProjectIdJobsByJobId',
          'get-v2-by-project-id-jobs-by-job-id',
        ],
      ],
      [
        'GET /v2/{project_id}/jobs/{job_id} has no operationId; named it "getV2ByProjectIdJobsByJobId". Give it one in the spec to keep the name stable.',
      ],
    ],
    [
      'blank operationId: derived',
      { '/x': { post: { operationId: '  ', responses: ok } } },
      [['postX', 'PostX', 'postX', 'post-x']],
      ['POST /x has no operationId; named it "postX". Give it one in the spec to keep the name stable.'],
    ],
    [
      'reserved method names',
      { '/x': { get: { operationId: 'delete', responses: ok } }, '/y': { get: { operationId: 'then', responses: ok } } },
      [
        ['delete', 'Delete', 'deleteOperation', 'delete'],
        ['then', 'Then', 'thenOperation', 'then'],
      ],
      [],
    ],
    [
      'names that clash once cased: numbered in operationId order',
      {
        '/x': { get: { operationId: 'list-things', responses: ok } },
        '/y': { get: { operationId: 'ListThings', responses: ok } },
      },
      [
        ['ListThings', 'ListThings', 'listThings', 'list-things'],
        ['list-things', 'ListThings2', 'listThings2', 'list-things2'],
      ],
      [
        'type name "ListThings" is taken by another operation; using "ListThings2".',
        'method name "listThings" is taken by another operation; using "listThings2".',
        'file name "list-things" is taken by another operation; using "list-things2".',
      ],
    ],
    [
      'names the client and generated files already use',
      {
        '/x': { get: { operationId: 'raw', responses: ok } },
        '/y': { get: { operationId: 'index', responses: ok } },
        '/z': { get: { operationId: 'waitForJob', responses: ok } },
      },
      [
        ['index', 'Index', 'index', 'index2'],
        ['raw', 'Raw', 'raw2', 'raw'],
        ['waitForJob', 'WaitForJob', 'waitForJob2', 'wait-for-job'],
      ],
      [
        'method name "raw" is taken by another operation; using "raw2".',
        'method name "waitForJob" is taken by another operation; using "waitForJob2".',
        'file name "index" is taken by another operation; using "index2".',
      ],
    ],
  ])('%s', (_name, paths, want, warnings) => {
    const m = model(paths);
    expect(m.operations.map((o) => [o.operationId, o.typeName, o.methodName, o.fileName])).toEqual(want);
    expect(unplaced(m.warnings)).toEqual(warnings);
  });

  it('refuses a duplicate operationId at its line, naming the first', () => {
    const spec = loaded({
      '/x': { get: { operationId: 'Op', responses: ok } },
      '/y': { get: { operationId: 'Op', responses: ok } },
    });
    const first = lineOf(spec, '"get"');
    const second = lineOf(spec, '"operationId"', first + 2);
    expect(() => normalize(spec)).toThrow(
      `openapi.yaml:${second}: duplicate operationId "Op", already used at openapi.yaml:${first}`,
    );
  });
});

describe('dialect', () => {
  // `nullable` is honoured in either dialect: a 3.1 document converted from 3.0 keeps its meaning.
  it.each([
    ['3.0.3', '3.0', { type: ['string', 'null'] }],
    ['3.1.0', '3.1', { type: ['string', 'null'] }],
  ])('openapi %s is read as %s', (openapi, dialect, jsonSchema) => {
    const m = model(
      {
        '/x': {
          get: {
            operationId: 'Op',
            parameters: [{ name: 'q', in: 'query', schema: { type: 'string', nullable: true } }],
            responses: ok,
          },
        },
      },
      {},
      openapi,
    );
    expect([m.dialect, m.operations[0]?.parameters[0]?.jsonSchema]).toEqual([dialect, jsonSchema]);
  });
});
