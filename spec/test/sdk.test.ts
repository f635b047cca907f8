/**
 * SDK cross-check: every field of the request models of Huawei's SDKs for the four operations
 * exists in the spec (documented on a page, or marked x-source: sdk / doc-example), with the
 * same JSON type, and every enum value the SDK lists is accepted. The SDK facts (names, types,
 * enums; no code) are in fixtures/sdk-request-models.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from './load.js';

type Json = Record<string, unknown>;
interface SdkType { type: string; model?: string; items?: SdkType; enum?: (string | number)[] }
const fixture = JSON.parse(readFileSync(new URL('./fixtures/sdk-request-models.json', import.meta.url), 'utf8')) as { operations: Record<string, string>; models: Record<string, Record<string, SdkType>> };
const model = await loadModel();
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const deref = (node: unknown): Json => {
  let n = node;
  while (isObj(n) && typeof n.$ref === 'string') n = { ...(model.schemas[n.$ref.split('/').pop() ?? ''] as Json), ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== '$ref')) };
  return isObj(n) ? n : {};
};
/** The properties a schema declares, its own and those of its allOf parts. */
const propertiesOf = (schema: Json): Json => Object.assign({}, ...((schema.allOf as unknown[] | undefined) ?? []).map((s) => propertiesOf(deref(s))), isObj(schema.properties) ? schema.properties : {});

interface Pair { sdk: string; spec: Json; at: string }
function pairs(): Pair[] {
  const out: Pair[] = [];
  const seen = new Set<string>();
  const visit = (sdk: string, spec: Json, at: string) => {
    const key = `${sdk}@${at}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ sdk, spec, at });
    const props = propertiesOf(spec);
    for (const [name, t] of Object.entries(fixture.models[sdk] ?? {})) {
      const inner = t.items ?? t;
      const def = deref(props[name]);
      const target = t.items ? deref(def.items) : def;
      if (inner.model && fixture.models[inner.model] && Object.keys(target).length > 0) visit(inner.model, target, `${at}.${name}`);
    }
  };
  for (const op of model.operations) visit(fixture.operations[op.operationId] ?? '', deref({ $ref: `#/components/schemas/${op.requestSchemaRef}` }), op.operationId);
  return out;
}

describe('every field of the SDK request models is in the spec', () => {
  const all = pairs();
  it('reaches every SDK model of the four operations', () => {
    expect(new Set(all.map((p) => p.sdk))).toEqual(new Set(Object.keys(fixture.models)));
  });
  it.each(all)('$at ($sdk)', ({ sdk, spec }) => {
    const props = propertiesOf(spec);
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
