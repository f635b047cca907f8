/**
 * The generated validators read values from own properties only when the spec names a property
 * or parameter like an Object.prototype member (`constructor`, `toString`, `__proto__`): such a
 * property is absent unless the body has it, so a body without it is not refused for holding
 * Object's function, and a required one is not found on the prototype. Other specs keep Ajv's
 * plain (faster) reads.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAjv, loadSpec, normalize } from '../src/index.js';
import type { SpecModel } from '../src/model.js';

const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/minimal');
const model = normalize(await loadSpec(join(root, 'spec/openapi.yaml'), root));

/** The minimal spec plus one component with a property named `constructor`. */
const named: SpecModel = {
  ...model,
  jsonSchemas: { ...model.jsonSchemas, Named: { type: 'object', properties: { constructor: { type: 'string' } } } },
};

describe('Ajv as the generator sets it up for a spec that names Object.prototype members', () => {
  const ajv = createAjv(named);
  const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
  const optional = ajv.compile({ type: 'object', properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])) });
  const required = ajv.compile({
    type: 'object',
    required: ['constructor', 'toString'],
    properties: { constructor: { type: 'string' }, toString: { type: 'string' } },
  });
  const closed = ajv.compile({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false });

  it('an optional property named like an Object.prototype member is absent when not given', () => {
    expect(optional({})).toBe(true);
    expect(optional(JSON.parse('{"constructor":"c","__proto__":"p"}'))).toBe(true);
    expect(optional({ constructor: 1 })).toBe(false);
  });

  it('a required one is not found on the prototype', () => {
    expect(required({})).toBe(false);
    expect(required.errors?.map((e) => e.params.missingProperty)).toEqual(['constructor', 'toString']);
    expect(required({ constructor: 'c', toString: 't' })).toBe(true);
  });

  it('only own keys count as unknown properties', () => {
    const inherited = Object.create({ extra: 1 }) as Record<string, unknown>;
    inherited.a = 'x';
    expect(closed(inherited)).toBe(true);
  });
});

describe('a spec without such names', () => {
  it('keeps the plain reads', () => {
    expect(createAjv(model).opts.ownProperties).toBeFalsy();
    expect(createAjv(named).opts.ownProperties).toBe(true);
  });
});
