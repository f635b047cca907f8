/**
 * The rules the generator and the generated packages both run (src/runtime/): given/want tables
 * of each, and every package's copy is the module's text, unchanged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientEmitter } from '../src/emit/client.js';
import { mocksEmitter } from '../src/emit/mocks.js';
import { validatorsEmitter } from '../src/emit/validators.js';
import { normalize } from '../src/normalize.js';
import { isInt32 } from '../src/runtime/int32.js';
import { ResponseTooLarge, readLimitedText } from '../src/runtime/limit.js';
import { linearTest } from '../src/runtime/linear.js';
import { mediaKind, mediaTypeOf } from '../src/runtime/media.js';

describe('mediaKind', () => {
  it.each([
    ['application/json', 'json'],
    ['Application/JSON; charset=utf-8', 'json'],
    ['application/problem+json', 'json'],
    ['application/merge-patch+json', 'json'],
    ['application/x-ndjson', 'binary'],
    ['text/plain', 'text'],
    ['text/html; charset=utf-8', 'text'],
    ['application/xml', 'text'],
    ['image/svg+xml', 'text'],
    // Only application/xml and the +xml suffix name XML: a subtype that merely ends in "xml" does not.
    ['application/vnd.example-xml', 'binary'],
    ['application/octet-stream', 'binary'],
    ['multipart/form-data', 'binary'],
    ['*/*', 'binary'],
    // RFC 9110 §8.3: no Content-Type, so application/octet-stream may be assumed.
    ['', 'binary'],
    [null, 'binary'],
    [undefined, 'binary'],
  ] as const)('%j is %s', (type, want) => {
    expect(mediaKind(type)).toBe(want);
  });

  it.each([
    ['Application/JSON ; charset=utf-8', 'application/json'],
    [' text/plain', 'text/plain'],
    [null, ''],
  ] as const)('mediaTypeOf(%j) is %j', (type, want) => {
    expect(mediaTypeOf(type)).toBe(want);
  });
});

describe('isInt32 and linearTest', () => {
  it.each([
    [0, true],
    [2147483647, true],
    [-2147483648, true],
    [2147483648, false],
    [-2147483649, false],
    [1.5, false],
    [Number.NaN, false],
  ])('isInt32(%d) is %s', (n, want) => {
    expect(isInt32(n)).toBe(want);
  });

  it('matches in linear time what the pattern matches', () => {
    expect(linearTest('^(a+)+$', 'aaaa')).toBe(true);
    expect(linearTest('^(a+)+$', `${'a'.repeat(100_000)}!`)).toBe(false);
  });
});

describe('readLimitedText', () => {
  const answer = (body: string, headers: Record<string, string> = {}) => new Response(body, { headers });
  const caught = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: unknown) => e,
    );

  it('reads up to the cap, as Response.text() reads (a leading BOM dropped)', async () => {
    expect(await readLimitedText(answer('\uFEFFabc'), 6)).toBe('abc');
  });
  it('a declared length over the cap fails before reading, naming that length', async () => {
    const e = await caught(readLimitedText(answer('abc', { 'Content-Length': '200' }), 100));
    expect(e).toBeInstanceOf(ResponseTooLarge);
    expect(e).toMatchObject({ maxBytes: 100, declared: 200, message: 'the answer is larger than 100 bytes' });
  });
  it('a body that grows past the cap while read fails with no declared length', async () => {
    const e = await caught(readLimitedText(answer('x'.repeat(101)), 100));
    expect(e).toBeInstanceOf(ResponseTooLarge);
    expect((e as ResponseTooLarge).declared).toBeUndefined();
  });
});

describe('the packages carry the modules verbatim', () => {
  const model = normalize({
    document: { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} },
    entry: 'openapi.yaml',
    entrySource: '',
  });
  const source = (name: string) => readFileSync(new URL(`../src/runtime/${name}.ts`, import.meta.url), 'utf8');

  it.each([
    [clientEmitter, 'packages/client/src/generated/media.ts', 'media'],
    [clientEmitter, 'packages/client/src/generated/limit.ts', 'limit'],
    [clientEmitter, 'packages/client/src/generated/descriptor.ts', 'descriptor'],
    [mocksEmitter, 'packages/mocks/src/generated/media.ts', 'media'],
    [validatorsEmitter, 'packages/validators/src/generated/linear.ts', 'linear'],
    [validatorsEmitter, 'packages/validators/src/generated/int32.ts', 'int32'],
  ])('%#: %s is src/runtime/%s.ts', async (emitter, path, name) => {
    const files = await emitter.emit(model);
    expect(files.get(path)).toBe(`// A verbatim copy of tools/codegen/src/runtime/${name}.ts.\n${source(name)}`);
  });
});
