/**
 * emit/hints.ts, given/want: which of the spec's `not` wordings each operation's validators carry.
 */
import { describe, expect, it } from 'vitest';
import { operationHints } from '../src/emit/hints.js';
import type { SpecModel } from '../src/model.js';
import { normalize } from '../src/normalize.js';

type Json = Record<string, unknown>;

const json = (ref: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });
const notBoth = (a: string, b: string, description: string) => ({
  type: 'object',
  properties: { [a]: { type: 'string' }, [b]: { type: 'string' } },
  not: { required: [a, b], description },
});

function model(schemas: Json, bodies: Record<string, string>): SpecModel {
  const paths = Object.fromEntries(
    Object.entries(bodies).map(([op, ref]) => [
      `/v1/${op}`,
      { post: { operationId: op, requestBody: json(ref), responses: { '200': { description: 'OK' } } } },
    ]),
  );
  const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths, components: { schemas } };
  return normalize({ document, entry: 'openapi.yaml', entrySource: JSON.stringify(document, null, 2) });
}
const hintsOf = (m: SpecModel) => Object.fromEntries(m.operations.map((op) => [op.operationId, operationHints(m, op)]));

describe('operationHints', () => {
  it('gives each operation the wordings of the components it reaches, through nested refs', () => {
    const m = model(
      {
        Size: notBoth('size', 'desktops', 'size and desktops cannot be sent together.'),
        Outer: { type: 'object', properties: { inner: { $ref: '#/components/schemas/Size' } } },
        Plain: { type: 'object', properties: { name: { type: 'string' } } },
      },
      { Direct: 'Size', Nested: 'Outer', Unrelated: 'Plain' },
    );
    expect(hintsOf(m)).toEqual({
      Direct: { '#/not': 'size and desktops cannot be sent together' },
      Nested: { '#/not': 'size and desktops cannot be sent together' },
      Unrelated: {},
    });
  });

  it('leaves out a path that two reached components word differently, and keeps it where only one is reached', () => {
    const m = model(
      {
        A: notBoth('a', 'b', 'a and b exclude each other'),
        B: notBoth('c', 'd', 'c and d exclude each other'),
        Both: { type: 'object', properties: { x: { $ref: '#/components/schemas/A' }, y: { $ref: '#/components/schemas/B' } } },
      },
      { OnlyA: 'A', OnlyB: 'B', Both: 'Both' },
    );
    expect(hintsOf(m)).toEqual({
      OnlyA: { '#/not': 'a and b exclude each other' },
      OnlyB: { '#/not': 'c and d exclude each other' },
      Both: {},
    });
  });

  it('is empty for every operation of a spec without worded rules', () => {
    const m = model({ Plain: { type: 'object' } }, { One: 'Plain' });
    expect(hintsOf(m)).toEqual({ One: {} });
  });
});
