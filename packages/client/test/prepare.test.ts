/**
 * The prepare step alone (prepare.ts): given an operation and a call, want the exact method,
 * target, headers and body text it will send, or the issues (with their places) that stop it.
 * Pure: no client, no server, no fetch.
 */

import type { OperationValidators } from '@hwc-workspace/validators';
import { describe, expect, it } from 'vitest';
import type { OperationDescriptor } from '../src/index.js';
import { check, serialize } from '../src/prepare.js';
import { param, validator, validatorsOf } from './descriptors.js';

const GET: OperationDescriptor = {
  operationId: 'ShowThing',
  method: 'GET',
  path: '/v2/{project_id}/things/{thing_id}',
  callShape: 'input',
  parameters: [
    { ...param('project_id', 'path', { required: true }), filledBy: 'projectId' },
    param('thing_id', 'path', { required: true }),
    param('ids', 'query', { type: 'array', items: 'string', explode: false }),
    param('X-Language', 'header'),
  ],
  body: null,
  responses: { '200': { mediaType: 'application/json', kind: 'json' } },
};
const POST: OperationDescriptor = {
  operationId: 'CreateThing',
  method: 'POST',
  path: '/v2/{project_id}/things',
  callShape: 'body',
  parameters: [{ ...param('project_id', 'path', { required: true }), filledBy: 'projectId' }],
  body: { mediaType: 'application/json', kind: 'json', required: true },
  responses: { '200': null },
};

/** A request validator that refuses bodies without a string `name`, at /name. */
const nameRequired = validator((data) =>
  typeof (data as { name?: unknown })?.name === 'string'
    ? []
    : [{ instancePath: '/name', schemaPath: '#/required', keyword: 'required', params: {}, message: 'must be a string' }],
);
const none = validatorsOf({ operationId: 'X', callShape: 'input' });
const named = validatorsOf({ operationId: 'X', callShape: 'body' }, { request: nameRequired });

interface Case {
  readonly name: string;
  readonly op: OperationDescriptor;
  readonly validators?: OperationValidators;
  readonly input: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    headers?: Record<string, unknown>;
    body?: unknown;
  };
  readonly callHeaders?: Record<string, unknown>;
  readonly want: { target: string; headers: Record<string, string>; body: unknown } | { issues: string[] };
}

const cases: Case[] = [
  {
    name: 'path, array query and header serialized; project filled',
    op: GET,
    input: { path: { thing_id: 'a b' }, query: { ids: ['x', 'y'] }, headers: { 'X-Language': 'en-us' } },
    want: { target: '/v2/p1/things/a%20b?ids=x,y', headers: { 'X-Language': 'en-us' }, body: undefined },
  },
  {
    name: 'no query: no question mark',
    op: GET,
    input: { path: { thing_id: 't' } },
    want: { target: '/v2/p1/things/t', headers: {}, body: undefined },
  },
  {
    name: 'a slash cannot add a path segment',
    op: GET,
    input: { path: { thing_id: '../x' } },
    want: { target: '/v2/p1/things/..%2Fx', headers: {}, body: undefined },
  },
  {
    name: 'an empty path value is refused at its place',
    op: GET,
    input: { path: { thing_id: '' } },
    want: { issues: ['/path/thing_id'] },
  },
  {
    name: 'an item holding the delimiter is refused',
    op: GET,
    input: { path: { thing_id: 't' }, query: { ids: ['a,b'] } },
    want: { issues: ['/query/ids/0'] },
  },
  {
    name: 'a header value with a line break is refused',
    op: GET,
    input: { path: { thing_id: 't' }, headers: { 'X-Language': 'en\r\nX: y' } },
    want: { issues: ['/headers/X-Language'] },
  },
  {
    name: 'call headers are added after the parameters',
    op: GET,
    input: { path: { thing_id: 't' } },
    callHeaders: { 'X-Trace': '1' },
    want: { target: '/v2/p1/things/t', headers: { 'X-Trace': '1' }, body: undefined },
  },
  {
    name: 'a platform header in the call is refused',
    op: GET,
    input: { path: { thing_id: 't' } },
    callHeaders: { Host: 'elsewhere' },
    want: { issues: ['/headers/Host'] },
  },
  {
    name: 'a JSON body is sent as the text that was validated, with its media type',
    op: POST,
    validators: named,
    input: { body: { name: 'n', toJSON: undefined } },
    want: { target: '/v2/p1/things', headers: { 'Content-Type': 'application/json' }, body: '{"name":"n"}' },
  },
  {
    name: 'toJSON is read once, and its result is what is checked and sent',
    op: POST,
    validators: named,
    input: { body: { toJSON: () => ({ name: 'from toJSON' }) } },
    want: { target: '/v2/p1/things', headers: { 'Content-Type': 'application/json' }, body: '{"name":"from toJSON"}' },
  },
  {
    name: 'an invalid body is refused at its place',
    op: POST,
    validators: named,
    input: { body: { name: 1 } },
    want: { issues: ['/name'] },
  },
  {
    name: 'a body that cannot become JSON is refused',
    op: POST,
    validators: named,
    input: { body: { n: 1n } },
    want: { issues: [''] },
  },
];

describe('prepare: given an operation and a call, want what is sent', () => {
  it.each(cases)('$name', ({ op, validators, input, callHeaders, want }) => {
    const checked = check(op, validators ?? none, input, true);
    const prepared = checked.issues.length === 0 ? serialize(op, checked, 'p1', callHeaders, input) : undefined;
    if ('issues' in want) {
      expect(prepared).toBeUndefined();
      expect(checked.issues.map((i) => i.path)).toEqual(want.issues);
    } else {
      expect(checked.issues).toEqual([]);
      expect(prepared).toEqual({ method: op.method, ...want });
    }
  });

  it('serialize without validation still refuses what cannot be sent', () => {
    const checked = check(GET, none, { path: { thing_id: '.' } }, false);
    expect(serialize(GET, checked, 'p1', undefined, undefined)).toBeUndefined();
    expect(checked.issues.map((i) => i.path)).toEqual(['/path/thing_id']);
  });
});
