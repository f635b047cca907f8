import { createAjv, schemaId } from '@hwc-workspace/codegen';
import { describe, expect, it } from 'vitest';
import { ALLOWED_BODIES } from './allowed-bodies.js';
import { INVALID_BODIES } from './invalid-bodies.js';
import { loadModel, noExampleReason } from './load.js';

const model = await loadModel();
const ajv = createAjv(model);

function pointers(errors: readonly { instancePath: string; keyword: string; params: Record<string, unknown> }[]) {
  return errors.map((e) => ({
    keyword: e.keyword,
    pointer:
      e.keyword === 'required' || e.keyword === 'dependentRequired'
        ? `${e.instancePath}/${String(e.params.missingProperty)}`
        : e.keyword === 'additionalProperties'
          ? `${e.instancePath}/${String(e.params.additionalProperty)}`
          : e.instancePath,
  }));
}

describe('named examples validate against their schemas', () => {
  const cases = model.operations.flatMap((op) => [
    ...op.requestExamples.map((ex) => ({
      label: `${op.operationId} request ${ex.name}`,
      schema: op.requestSchemaRef,
      value: ex.value,
    })),
    ...op.responses.flatMap((r) =>
      r.examples.map((ex) => ({ label: `${op.operationId} ${r.status} ${ex.name}`, schema: r.schemaRef, value: ex.value })),
    ),
  ]);
  it('has examples to check', () => expect(cases.length).toBeGreaterThan(30));
  it.each(cases)('$label', ({ schema, value }) => {
    const validate = ajv.getSchema(schemaId(String(schema)));
    expect(validate).toBeDefined();
    const ok = validate?.(value);
    expect(validate?.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('every branch and every documented status has an example', () => {
  it.each(model.operations)('$operationId', (op) => {
    for (const r of op.responses) {
      // A status whose error code no source shows carries the reason instead of an invented example.
      if (r.examples.length === 0 && noExampleReason(model, op.path, op.method, String(r.status))) continue;
      expect(r.examples.length, `${op.operationId} ${r.status}`).toBeGreaterThan(0);
    }
    if (!op.discriminator) return;
    const schema = model.schemas[String(op.requestSchemaRef)] as { discriminator: { mapping: Record<string, string> } };
    const branches = Object.keys(schema.discriminator.mapping).sort();
    const covered = new Set(op.requestExamples.map((ex) => (ex.value as Record<string, unknown>)[String(op.discriminator)]));
    expect(branches.filter((b) => !covered.has(b))).toEqual([]);
  });
});

describe('invalid bodies fail at the expected pointer', () => {
  it.each(INVALID_BODIES)('$operationId: $name', ({ operationId, body, pointer, keyword }) => {
    const op = model.operations.find((o) => o.operationId === operationId);
    const validate = ajv.getSchema(schemaId(String(op?.requestSchemaRef)));
    expect(validate?.(body)).toBe(false);
    expect(pointers(validate?.errors ?? [])).toContainEqual({ keyword, pointer });
  });
});

describe('bodies a source explicitly allows pass', () => {
  it.each(ALLOWED_BODIES)('$operationId: $name ($source)', ({ operationId, body }) => {
    const op = model.operations.find((o) => o.operationId === operationId);
    const validate = ajv.getSchema(schemaId(String(op?.requestSchemaRef)));
    const ok = validate?.(JSON.parse(JSON.stringify(body)));
    expect(validate?.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
