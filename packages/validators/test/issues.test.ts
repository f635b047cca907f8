/**
 * toIssues groups Ajv's errors in one pass: the same issues as the first (quadratic) grouping on
 * every body of the invalid-body table and on thousands of mutated bodies, while reading each
 * error a bounded number of times however many anyOf/oneOf errors a hostile body produces.
 */

import { ajvRootSchema } from '@hwc-workspace/codegen';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVALID_BODIES } from '../../../spec/test/invalid-bodies.js';
import { loadModel } from '../../../spec/test/load.js';
import { type OperationValidators, toIssues, validateCreateOrderRequest, validatorsByOperation } from '../src/index.js';
import type { AjvError } from '../src/types.js';
import { mutate, schemaArbitrary } from './arbitrary.js';
import { referenceIssues } from './reference-issues.js';

const model = await loadModel();
const root = ajvRootSchema(model) as { $defs: Record<string, Record<string, unknown>> };
const table: Readonly<Record<string, OperationValidators>> = validatorsByOperation;
const leaf = (e: AjvError, hints: Readonly<Record<string, string>>) => toIssues([e], hints)[0]!;

/** The raw Ajv errors of a request body, or [] when it is valid. */
function errorsOf(operationId: string, body: unknown): AjvError[] {
  const v = table[operationId]!;
  const validate = v.request!;
  return validate(body) ? [] : [...(validate.errors ?? [])];
}

function expectSameAsReference(operationId: string, body: unknown) {
  const errors = errorsOf(operationId, body);
  const hints = table[operationId]!.hints;
  expect(toIssues(errors, hints)).toEqual(referenceIssues(errors, leaf, hints));
}

/** `n` copies of an entry that fails every branch of the resources' anyOf. */
const hostile = (n: number, entry: unknown = {}) => ({ type: 'addVolumes', resources: Array.from({ length: n }, () => entry) });

describe('toIssues groups like the first implementation', () => {
  it.each(INVALID_BODIES)('$operationId: $name', ({ operationId, body }) => expectSameAsReference(operationId, body));

  it.each([{}, 1, { a: 1 }, { add_volumes: {} }, { add_volumes: { desktop_id: 1, volumes: [{}] } }])(
    '200 copies of resource %j',
    (entry) => {
      expectSameAsReference('CreateOrder', hostile(200, entry));
    },
  );

  for (const op of model.operations.filter((o) => o.requestSchemaRef)) {
    it(`${op.operationId}: 2,000 mutated bodies`, () => {
      const body = schemaArbitrary(root.$defs, { $ref: `#/$defs/${String(op.requestSchemaRef)}` });
      fc.assert(
        fc.property(fc.tuple(body, fc.nat(), fc.nat()), ([b, pick, kind]) =>
          expectSameAsReference(op.operationId, mutate(b, pick, kind)),
        ),
        { numRuns: 2_000, seed: 20261126 },
      );
    });
  }
});

describe('toIssues on a hostile body', () => {
  it('reads each error a bounded number of times (3,000 invalid resources entries)', () => {
    const errors = errorsOf('CreateOrder', hostile(3_000));
    let reads = 0;
    const counted = new Proxy(errors, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    toIssues(counted);
    expect(errors.length).toBeGreaterThan(9_000);
    expect(reads).toBeLessThanOrEqual(3 * errors.length);
  });

  it('the generated validator gathers the errors without copying them over and over', () => {
    // Ajv's standalone code joined each referenced schema's errors with concat: a copy of every
    // error so far per failing call. Count what concat would copy while the validator runs.
    const concat = Array.prototype.concat;
    let copied = 0;
    Array.prototype.concat = function (this: unknown[], ...rest: unknown[]) {
      copied += this.length;
      return concat.apply(this, rest) as unknown[];
    };
    let errors: AjvError[];
    try {
      errors = errorsOf('CreateOrder', hostile(3_000, { a: 1 }));
    } finally {
      Array.prototype.concat = concat;
    }
    expect(errors.length).toBeGreaterThan(9_000);
    expect(copied).toBeLessThanOrEqual(errors.length);
  });

  it('gives one issue per invalid entry, each at its own pointer (and one for the list over maxItems)', () => {
    const result = validateCreateOrderRequest(hostile(3_000));
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(3_001);
    expect(issues[0]).toMatchObject({ path: '/resources', keyword: 'maxItems' });
    expect(issues[3_000]).toEqual({
      path: '/resources/2999',
      message: 'must include one of: add_volumes | attach_desktops | resize_exclusive_lites (non-empty)',
      keyword: 'anyOf',
    });
  });
});
