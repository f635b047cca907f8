/**
 * The generated standalone validators and an independent implementation of JSON Schema 2020-12
 * (@hyperjump/json-schema) must agree on every body: generated from each request schema, valid
 * and mutated (operations without a request body have none to compare). Runs DIFF_RUNS cases per operation (10,000 by default; the bench runs more).
 */

import { registerSchema, setShouldValidateFormat, validate } from '@hyperjump/json-schema/draft-2020-12';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '@hyperjump/json-schema/formats';
import { ajvRootSchema } from '@hwc-workspace/codegen';
import { loadModel } from '../../../spec/test/load.js';
import { validateRequest } from '../src/index.js';
import { mutate, schemaArbitrary } from './arbitrary.js';

const RUNS = Number(process.env.DIFF_RUNS ?? 10_000);
const model = await loadModel();
const root = ajvRootSchema(model) as { $defs: Record<string, Record<string, unknown>> };

// The reference gets the same JSON Schema minus the OpenAPI-only bits: `discriminator` is an
// annotation there, and `int32` is not a 2020-12 format (the arbitraries stay inside int32).
const reference = JSON.parse(
  JSON.stringify(root, (k, v) => (k === 'discriminator' ? undefined : k === 'format' && v === 'int32' ? undefined : v)),
);
registerSchema({ ...reference, $id: 'https://hwc-workspace.test/spec', $schema: 'https://json-schema.org/draft/2020-12/schema' });
setShouldValidateFormat(true);

describe('standalone validators agree with @hyperjump/json-schema', () => {
  // Only operations with a JSON request body (a lookup such as ShowJob has none to generate).
  for (const op of model.operations.filter((o) => o.requestSchemaRef)) {
    it(`${op.operationId}: ${RUNS} bodies`, async () => {
      const schemaRef = String(op.requestSchemaRef);
      const check = await validate(`https://hwc-workspace.test/spec#/$defs/${schemaRef}`);
      const body = schemaArbitrary(root.$defs, { $ref: `#/$defs/${schemaRef}` });
      const cases = fc.oneof(
        body.map((b) => ({ b, mutated: false })),
        fc.tuple(body, fc.nat(), fc.nat()).map(([b, pick, kind]) => ({ b: mutate(b, pick, kind), mutated: true })),
      );
      let validCount = 0;
      let invalidCount = 0;
      fc.assert(
        fc.property(cases, ({ b }) => {
          const ours = validateRequest(op.operationId as never, b).ok;
          const theirs = check(b as never).valid;
          if (ours) validCount++;
          else invalidCount++;
          return ours === theirs;
        }),
        { numRuns: RUNS, seed: 20261122 },
      );
      // Both verdicts must be well represented, or the agreement says little.
      expect(validCount).toBeGreaterThan(RUNS * 0.05);
      expect(invalidCount).toBeGreaterThan(RUNS * 0.05);
    });
  }
});
