/**
 * SDK cross-check: every field of the request models of Huawei's SDKs for the operations exists
 * in the spec (documented on a page, or marked x-source: sdk / doc-example), with the same JSON
 * type, and every enum value the SDK lists is accepted. Each operation has the SDK's method, path
 * and parameters. For an operation with no saved page (ShowJob) the response models are checked
 * the same way. The SDK facts (names, types, enums, locations; no code) are in
 * fixtures/sdk-request-models.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from './load.js';

type Json = Record<string, unknown>;
interface SdkType {
  type: string;
  model?: string;
  items?: SdkType;
  enum?: (string | number)[];
}
interface SdkRequest {
  method: string;
  path: string;
  parameters: Record<string, { in: string; type: string }>;
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/sdk-request-models.json', import.meta.url), 'utf8')) as {
  /** operationId → the SDK model of its JSON request body. */
  operations: Record<string, string>;
  /** operationId → the SDK's request definition (parameters the caller passes; project_id is the client's). */
  requests: Record<string, SdkRequest>;
  /** operationId → the SDK model of its 200 response body, where the SDK is the only source. */
  responses: Record<string, string>;
  models: Record<string, Record<string, SdkType>>;
};
const model = await loadModel();
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const deref = (node: unknown): Json => {
  let n = node;
  while (isObj(n) && typeof n.$ref === 'string')
    n = {
      ...(model.schemas[n.$ref.split('/').pop() ?? ''] as Json),
      ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== '$ref')),
    };
  return isObj(n) ? n : {};
};
/** The properties a schema declares, its own and those of its allOf parts. */
const propertiesOf = (schema: Json): Json =>
  Object.assign(
    {},
    ...((schema.allOf as unknown[] | undefined) ?? []).map((s) => propertiesOf(deref(s))),
    isObj(schema.properties) ? schema.properties : {},
  );

/** exact: the spec has no page for this schema, so it declares no field the SDK lacks except those of the API definition. */
interface Pair {
  sdk: string;
  spec: Json;
  at: string;
  exact: boolean;
}
function pairs(): Pair[] {
  const out: Pair[] = [];
  const seen = new Set<string>();
  const visit = (sdk: string, spec: Json, at: string, exact = false) => {
    const key = `${sdk}@${at}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ sdk, spec, at, exact });
    const props = propertiesOf(spec);
    for (const [name, t] of Object.entries(fixture.models[sdk] ?? {})) {
      const inner = t.items ?? t;
      const def = deref(props[name]);
      const target = t.items ? deref(def.items) : def;
      if (inner.model && fixture.models[inner.model] && Object.keys(target).length > 0)
        visit(inner.model, target, `${at}.${name}`, exact);
    }
  };
  for (const op of model.operations) {
    if (op.requestSchemaRef)
      visit(
        fixture.operations[op.operationId] ?? '',
        deref({ $ref: `#/components/schemas/${op.requestSchemaRef}` }),
        op.operationId,
      );
    const response = op.responses.find((r) => r.status === '200')?.schemaRef;
    if (fixture.responses[op.operationId] && response)
      visit(
        fixture.responses[op.operationId]!,
        deref({ $ref: `#/components/schemas/${response}` }),
        `${op.operationId} 200`,
        true,
      );
  }
  return out;
}

describe('every operation has the SDK request definition', () => {
  it('covers the same operations as the SDK facts', () => {
    expect(model.operations.map((o) => o.operationId).sort()).toEqual(Object.keys(fixture.requests).sort());
    expect(
      Object.keys(fixture.operations).every((id) => model.operations.find((o) => o.operationId === id)?.requestSchemaRef),
    ).toBe(true);
  });
  it.each(model.operations.map((o) => [o.operationId, o] as const))('%s: method, path and parameters', (id, op) => {
    const sdk = fixture.requests[id]!;
    expect(op.method).toBe(sdk.method);
    expect(op.path).toBe(sdk.path);
    // The caller passes exactly the SDK's parameters; project_id and the auth header are the client's.
    const passed = op.parameters.filter((p) => !p.filledBy);
    expect(passed.map((p) => p.name).sort(), `${id} parameters`).toEqual(Object.keys(sdk.parameters).sort());
    for (const p of passed) {
      expect(p.in, `${id} ${p.name} in`).toBe(sdk.parameters[p.name]!.in);
      expect(p.valueType, `${id} ${p.name} type`).toBe(sdk.parameters[p.name]!.type);
    }
  });
});

describe('every field of the SDK request models (and of the responses only the SDK knows) is in the spec', () => {
  const all = pairs();
  it('reaches every SDK model of the operations', () => {
    expect(new Set(all.map((p) => p.sdk))).toEqual(new Set(Object.keys(fixture.models)));
  });
  it.each(all)('$at ($sdk)', ({ sdk, spec, exact }) => {
    const props = propertiesOf(spec);
    // Fields only the API definition has (x-source: api-definition) are the one other source allowed here.
    const sdkFields = fixture.models[sdk] ?? {};
    const extra = Object.entries(props)
      .filter(([k, d]) => !(k in sdkFields) && !(isObj(d) && d['x-source'] === 'api-definition'))
      .map(([k]) => k);
    if (exact) expect(extra, `${sdk}: fields neither the SDK nor the API definition has`).toEqual([]);
    for (const [name, t] of Object.entries(fixture.models[sdk] ?? {})) {
      const def = deref(props[name]);
      expect(props[name], `${sdk}.${name} missing`).toBeDefined();
      const specType = def.type ?? (isObj(def.properties) ? 'object' : undefined);
      expect(specType, `${sdk}.${name} type`).toBe(t.type);
      const values = (t.items ?? t).enum;
      const specEnum = (t.items ? deref(def.items) : def).enum as unknown[] | undefined;
      if (values && specEnum) expect(specEnum, `${sdk}.${name} enum`).toEqual(expect.arrayContaining(values));
    }
  });
});
