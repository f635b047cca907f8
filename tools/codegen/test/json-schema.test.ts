/**
 * json-schema.ts, given/want: one OpenAPI schema in, the JSON Schema 2020-12 the validators
 * compile out, with the warnings and failures it reported. One table per concern.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/ajv-schemas.js';
import { type ConvertContext, toJsonSchema } from '../src/json-schema.js';

type Json = Record<string, unknown>;

function convert(
  schema: unknown,
  {
    dialect = '3.1',
    document = {},
    strictPatterns = false,
  }: { dialect?: '3.0' | '3.1'; document?: Json; strictPatterns?: boolean } = {},
) {
  const warnings: string[] = [];
  const failures: string[] = [];
  const ctx: ConvertContext = {
    document,
    dialect,
    formats: new Set(Object.keys(FORMATS)),
    strictPatterns,
    warn: (pointer, message) => warnings.push(`${pointer}: ${message}`),
    fail: (pointer, message) => failures.push(`${pointer}: ${message}`),
  };
  return { out: toJsonSchema(schema, ctx, '/s'), warnings, failures };
}

describe('nullable (OpenAPI 3.0)', () => {
  it.each([
    [{ type: 'string', nullable: true }, { type: ['string', 'null'] }],
    [{ type: ['string', 'integer'], nullable: true }, { type: ['string', 'integer', 'null'] }],
    [{ type: ['string', 'null'], nullable: true }, { type: ['string', 'null'] }],
    [
      { type: 'string', enum: ['A', 'B'], nullable: true },
      { type: ['string', 'null'], enum: ['A', 'B', null] },
    ],
    [{ enum: ['A', null], nullable: true }, { enum: ['A', null] }],
    [{ type: 'string', nullable: false }, { type: 'string' }],
    [
      { type: 'object', properties: { a: { type: 'integer', nullable: true } } },
      { type: 'object', properties: { a: { type: ['integer', 'null'] } } },
    ],
  ])('%j → %j', (given, want) => {
    expect(convert(given, { dialect: '3.0' })).toEqual({ out: want, warnings: [], failures: [] });
  });
});

describe('exclusive bounds', () => {
  it.each([
    ['3.0 boolean true', { type: 'number', minimum: 1, exclusiveMinimum: true }, { type: 'number', exclusiveMinimum: 1 }],
    [
      '3.0 boolean true, maximum',
      { type: 'number', maximum: 9, exclusiveMaximum: true },
      { type: 'number', exclusiveMaximum: 9 },
    ],
    ['3.0 boolean false', { type: 'number', minimum: 1, exclusiveMinimum: false }, { type: 'number', minimum: 1 }],
    ['boolean without its bound', { type: 'number', exclusiveMaximum: true }, { type: 'number' }],
    ['3.1 number', { type: 'number', exclusiveMinimum: 0 }, { type: 'number', exclusiveMinimum: 0 }],
    [
      '3.1 number beside a different minimum',
      { type: 'number', minimum: 0, exclusiveMinimum: 1 },
      { type: 'number', minimum: 0, exclusiveMinimum: 1 },
    ],
  ])('%s', (_name, given, want) => {
    expect(convert(given).out).toEqual(want);
  });
});

describe('formats', () => {
  it.each([
    ['checked: email', { type: 'string', format: 'email' }, { type: 'string', format: 'email' }, []],
    ['checked: date-time', { type: 'string', format: 'date-time' }, { type: 'string', format: 'date-time' }, []],
    ['checked: int32', { type: 'integer', format: 'int32' }, { type: 'integer', format: 'int32' }, []],
    ['known, dropped: int64', { type: 'integer', format: 'int64' }, { type: 'integer' }, []],
    ['known, dropped: uuid', { type: 'string', format: 'uuid' }, { type: 'string' }, []],
    ['known, dropped: binary', { type: 'string', format: 'binary' }, { type: 'string' }, []],
    [
      'unknown, dropped with a warning',
      { type: 'string', format: 'huawei-id' },
      { type: 'string' },
      ['/s: unknown format "huawei-id" ignored (any string passes).'],
    ],
  ])('%s', (_name, given, want, warnings) => {
    expect(convert(given)).toEqual({ out: want, warnings, failures: [] });
  });
});

describe('keywords: validation kept, annotations and extensions dropped, unknown ones warned', () => {
  it.each([
    [
      {
        type: 'string',
        title: 'T',
        description: 'D',
        default: 'x',
        example: 'e',
        examples: ['e'],
        deprecated: true,
        readOnly: true,
        xml: {},
        'x-doc-conflict': [],
      },
      { type: 'string' },
      [],
    ],
    [
      { type: 'string', minLength: 1, maxLength: 8, enum: ['a'], const: 'a' },
      { type: 'string', minLength: 1, maxLength: 8, enum: ['a'], const: 'a' },
      [],
    ],
    [
      { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
      { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
      [],
    ],
    [
      { type: 'array', items: [{ type: 'string' }, { type: 'integer' }] },
      { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] },
      [],
    ],
    [
      { type: 'object', properties: { a: { type: 'string', required: true } } },
      { type: 'object', properties: { a: { type: 'string' } } },
      [],
    ],
    [
      { type: 'object', properties: { title: { type: 'string' }, 'x-a': { type: 'integer' } } },
      { type: 'object', properties: { title: { type: 'string' }, 'x-a': { type: 'integer' } } },
      [],
    ],
    [
      { type: 'object', additionalProperties: { type: 'string', example: 'v' } },
      { type: 'object', additionalProperties: { type: 'string' } },
      [],
    ],
    [{ type: 'string', maxByteLength: 4 }, { type: 'string' }, ['/s: unknown schema keyword "maxByteLength" ignored.']],
    [
      { allOf: [{ type: 'object', frobnicate: 1 }] },
      { allOf: [{ type: 'object' }] },
      ['/s/allOf/0: unknown schema keyword "frobnicate" ignored.'],
    ],
    [true, true, []],
    ['not a schema', {}, []],
  ])('%j → %j', (given, want, warnings) => {
    expect(convert(given)).toEqual({ out: want, warnings, failures: [] });
  });
});

describe('$ref', () => {
  const document = {
    components: { schemas: { Order: { type: 'object' }, 'a/b~c d': { type: 'string' } } },
    definitions: {
      Id: { type: 'string', description: 'inlined', pattern: '^[a-z]+$' },
      Loop: { items: { $ref: '#/definitions/Loop' } },
    },
  };
  it.each([
    ['a component: pointed at $defs', { $ref: '#/components/schemas/Order' }, { $ref: '#/$defs/Order' }, [], []],
    [
      'a component with / ~ and space in its name',
      { $ref: '#/components/schemas/a~1b~0c%20d' },
      { $ref: '#/$defs/a~1b~0c%20d' },
      [],
      [],
    ],
    [
      'inside properties',
      { properties: { o: { $ref: '#/components/schemas/Order' } } },
      { properties: { o: { $ref: '#/$defs/Order' } } },
      [],
      [],
    ],
    ['another local ref: inlined and converted', { $ref: '#/definitions/Id' }, { type: 'string', pattern: '^[a-z]+$' }, [], []],
    [
      'a cycle of local refs: cut to any value',
      { $ref: '#/definitions/Loop' },
      { items: {} },
      [
        '/definitions/Loop/items: the $ref cycle through #/definitions/Loop is not a component schema; it is accepted as any value.',
      ],
      [],
    ],
    [
      'a dangling ref: a failure at its place',
      { $ref: '#/definitions/Nope' },
      {},
      [],
      ['/s: $ref #/definitions/Nope points at nothing'],
    ],
  ])('%s', (_name, given, want, warnings, failures) => {
    expect(convert(given, { document })).toEqual({ out: want, warnings, failures });
  });
});

describe('patterns', () => {
  const m = (re: RegExp) => expect.stringMatching(re);
  it.each([
    ['kept', false, '^[A-Z]{2,4}-\\d+$', { pattern: '^[A-Z]{2,4}-\\d+$' }, [], []],
    [
      'literal braces escaped for the u flag',
      false,
      '^{id}$',
      { pattern: '^\\{id\\}$' },
      [m(/^\/s\/pattern: pattern "\^\{id\}\$" is rewritten for Unicode mode/)],
      [],
    ],
    [
      'literal braces, strict: a failure',
      true,
      '^{id}$',
      {},
      [],
      [m(/^\/s\/pattern: pattern "\^\{id\}\$" is rewritten for Unicode mode/)],
    ],
    [
      'invalid: not checked, warned',
      false,
      '([a-z',
      {},
      [m(/^\/s\/pattern: pattern "\(\[a-z" is not a valid regular expression /)],
      [],
    ],
    [
      'invalid, strict: a failure',
      true,
      '([a-z',
      {},
      [],
      [m(/^\/s\/pattern: pattern "\(\[a-z" is not a valid regular expression /)],
    ],
    [
      'exponential: checked by RE2, warned',
      false,
      '^(a+)+$',
      { linearPattern: '^(a+)+$' },
      [m(/^\/s\/pattern: pattern "\^\(a\+\)\+\$" can take exponential time in a backtracking engine: `\(a\+\)\+`.*RE2/)],
      [],
    ],
    [
      'exponential, strict: a failure',
      true,
      '^(a+)+$',
      {},
      [],
      [m(/^\/s\/pattern: pattern "\^\(a\+\)\+\$" can take exponential time in a backtracking engine: `\(a\+\)\+`/)],
    ],
    ['Ruby anchors: dropped, warned', false, '\\Aabc\\z', {}, [m(/Ruby's anchors.*Did you mean \^ and \$\?$/)], []],
  ])('%s: %s %s', (_name, strictPatterns, pattern, want, warnings, failures) => {
    expect(convert({ pattern }, { strictPatterns })).toEqual({ out: want, warnings, failures });
  });
});

describe('discriminator', () => {
  const cat = { type: 'object', required: ['kind'], properties: { kind: { const: 'cat' } } };
  const dog = { type: 'object', required: ['kind'], properties: { kind: { enum: ['dog'] } } };
  const loose = { type: 'object', properties: { kind: { type: 'string' } } };
  it.each([
    [
      'kept when every branch pins the tag',
      { oneOf: [cat, dog], discriminator: { propertyName: 'kind', mapping: { c: '#/x' } } },
      { oneOf: [cat, dog], discriminator: { propertyName: 'kind' } },
    ],
    ['dropped when a branch does not', { oneOf: [cat, loose], discriminator: { propertyName: 'kind' } }, { oneOf: [cat, loose] }],
    ['dropped without oneOf', { anyOf: [cat, dog], discriminator: { propertyName: 'kind' } }, { anyOf: [cat, dog] }],
  ])('%s', (_name, given, want) => {
    expect(convert(given).out).toEqual(want);
  });
});
