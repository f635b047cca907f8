/**
 * A success whose status the spec does not document is read as its Content-Type says, by the one
 * media-kind rule the generator uses for the spec's media types: JSON parsed, text (text/*, XML)
 * as a string, anything else (and a body without a Content-Type, RFC 9110 §8.3) as a Blob.
 */
import { describe, expect, it } from 'vitest';
import type { OperationDescriptor } from '../src/index.js';
import { readAnswer, toResult } from '../src/results.js';
import { validatorsOf } from './descriptors.js';

const OP: OperationDescriptor = {
  operationId: 'ShowThing',
  method: 'GET',
  path: '/v1/things',
  callShape: 'input',
  parameters: [],
  body: null,
  responses: { '200': { mediaType: 'application/json', kind: 'json' } },
};
const VALIDATORS = validatorsOf(OP);

/** The data of an undocumented 202 answer with this Content-Type (none when null) and body. */
async function dataOf(contentType: string | null, body: string): Promise<unknown> {
  const headers: Record<string, string> = contentType === null ? {} : { 'Content-Type': contentType };
  const response = new Response(body, { status: 202, headers });
  if (contentType === null) response.headers.delete('Content-Type'); // the platform adds text/plain to a string body
  const result = await toResult(OP, VALIDATORS, await readAnswer(response, 'GET', 1024), false);
  return result.data;
}

describe('an undocumented success status, read by its Content-Type', () => {
  it.each([
    ['application/json', '{"a":1}', { a: 1 }],
    ['application/problem+json; charset=utf-8', '{"a":1}', { a: 1 }],
    ['text/plain', 'hello', 'hello'],
    ['application/xml', '<a/>', '<a/>'],
    ['image/svg+xml', '<svg/>', '<svg/>'],
  ])('%s gives %j', async (type, body, want) => {
    expect(await dataOf(type, body)).toEqual(want);
  });

  it.each([
    // RFC 9110 §8.3: without a Content-Type the recipient may assume application/octet-stream.
    [null, 'abc'],
    ['', 'abc'],
    // Only application/xml and the +xml suffix (RFC 7303, RFC 6839) name XML; a name that merely ends in "xml" does not.
    ['application/vnd.example-xml', '<a/>'],
    ['application/x-ndjson', '{"a":1}\n'],
  ])('%j gives the bytes as a Blob', async (type, body) => {
    const data = await dataOf(type, body);
    expect(data).toBeInstanceOf(Blob);
    expect(await (data as Blob).text()).toBe(body);
  });
});
