/**
 * The lookups' and price inquiries' inputs (issue 18): the bodies and query values each source
 * (API definition, SDK model) allows pass, and each constraint the definitions state refuses the
 * value that breaks it at the right place. The inquiry bodies are the ones the order tables do not
 * cover; the paging bounds are the ones `.all()` iterates within.
 */
import { createAjv, schemaId } from '@hwc-workspace/codegen';
import { describe, expect, it } from 'vitest';
import { loadModel } from './load.js';

const model = await loadModel();
const ajv = createAjv(model);
const operation = (id: string) => {
  const op = model.operations.find((o) => o.operationId === id);
  if (!op) throw new Error(`no operation ${id}`);
  return op;
};
const body = (id: string) => ajv.getSchema(schemaId(String(operation(id).requestSchemaRef)))!;
const issues = (validate: { errors?: unknown }) =>
  ((validate.errors ?? []) as { instancePath: string; keyword: string; params: Record<string, unknown> }[]).map((e) => ({
    keyword: e.keyword,
    pointer:
      e.keyword === 'required'
        ? `${e.instancePath}/${String(e.params.missingProperty)}`
        : e.keyword === 'additionalProperties'
          ? `${e.instancePath}/${String(e.params.additionalProperty)}`
          : e.instancePath,
  }));

const IDS = ['6d2b8f3e-1c4a-4e7b-9f0d-2a5c8e1b4d7f'];
const ALLOWED: readonly { name: string; id: string; body: unknown; source: string }[] = [
  {
    name: 'every field the definition has',
    id: 'EstimateAddResources',
    source: 'definition x-request-examples-1 (field set)',
    body: {
      desktop_ids: IDS,
      desktop_pool_id: 'pool-1',
      promotion_plan_id: 'plan-1',
      sub_resource_sku: 'workspace.desktop.sharer.1',
    },
  },
  {
    name: 'a pool and handle_type, no SKU',
    id: 'EstimateAddResources',
    source: 'SDK EstimateAddSubResourcesRequestBody (no sub_resource_sku)',
    body: { desktop_pool_id: 'pool-1', handle_type: 'FOR_EXPAND_AND_ALL' },
  },
  {
    name: '100 desktops of 255 characters',
    id: 'EstimateAddResources',
    source: 'definition BatchInquiryCommonInfo.desktop_ids (at most 100, 0..255)',
    body: { desktop_ids: Array.from({ length: 100 }, (_, i) => `${i}`.padEnd(255, 'x')), sub_resource_sku: 's' },
  },
  {
    name: 'a pool ID of 64 characters',
    id: 'EstimateChangeImages',
    source: 'definition BatchInquiryCommonInfo.desktop_pool_id (at most 64)',
    body: { desktop_pool_id: 'p'.repeat(64), image_id: 'img-1' },
  },
  {
    name: 'every field the definition has',
    id: 'EstimateChangeImages',
    source: 'definition x-request-examples-1 (field set)',
    body: {
      desktop_ids: IDS,
      desktop_pool_id: 'pool-1',
      promotion_plan_id: 'plan-1',
      image_id: 'img-1',
      image_spec_code: 'spec-1',
    },
  },
  {
    name: 'the older spec code, image_type and handle_type',
    id: 'EstimateChangeImages',
    source: 'SDK EstimateChangeImageRequestBody',
    body: { desktop_ids: IDS, image_spec_code: 'spec-1', image_type: 'market', handle_type: 'ONLY_FOR_EXPAND' },
  },
];
const INVALID: readonly { name: string; id: string; body: unknown; pointer: string; keyword: string }[] = [
  {
    name: 'neither desktops nor a pool',
    id: 'EstimateAddResources',
    body: { sub_resource_sku: 's' },
    pointer: '/desktop_pool_id',
    keyword: 'required',
  },
  {
    name: 'an empty SKU',
    id: 'EstimateAddResources',
    body: { desktop_ids: IDS, sub_resource_sku: '' },
    pointer: '/sub_resource_sku',
    keyword: 'minLength',
  },
  {
    name: '101 desktops',
    id: 'EstimateAddResources',
    body: { desktop_ids: Array.from({ length: 101 }, (_, i) => `d${i}`) },
    pointer: '/desktop_ids',
    keyword: 'maxItems',
  },
  {
    name: 'a desktop ID of 256 characters',
    id: 'EstimateAddResources',
    body: { desktop_ids: ['d'.repeat(256)] },
    pointer: '/desktop_ids/0',
    keyword: 'maxLength',
  },
  {
    name: 'an unknown handle_type',
    id: 'EstimateAddResources',
    body: { desktop_pool_id: 'pool-1', handle_type: 'ALL' },
    pointer: '/handle_type',
    keyword: 'enum',
  },
  {
    name: 'a field no source has',
    id: 'EstimateAddResources',
    body: { desktop_pool_id: 'pool-1', volume_size: 10 },
    pointer: '/volume_size',
    keyword: 'additionalProperties',
  },
  { name: 'no image', id: 'EstimateChangeImages', body: { desktop_ids: IDS }, pointer: '/image_id', keyword: 'required' },
  {
    name: 'a pool ID of 65 characters',
    id: 'EstimateChangeImages',
    body: { desktop_pool_id: 'p'.repeat(65), image_id: 'img-1' },
    pointer: '/desktop_pool_id',
    keyword: 'maxLength',
  },
  {
    name: 'an unknown image_type',
    id: 'EstimateChangeImages',
    body: { desktop_ids: IDS, image_id: 'img-1', image_type: 'public' },
    pointer: '/image_type',
    keyword: 'enum',
  },
];

describe('price inquiry bodies a source allows pass', () => {
  it.each(ALLOWED)('$id: $name ($source)', ({ id, body: value }) => {
    const validate = body(id);
    expect(validate(value), JSON.stringify(issues(validate))).toBe(true);
  });
});

describe('price inquiry bodies that break a stated constraint are refused where they break it', () => {
  it.each(INVALID)('$id: $name', ({ id, body: value, pointer, keyword }) => {
    const validate = body(id);
    expect(validate(value)).toBe(false);
    expect(issues(validate)).toContainEqual({ keyword, pointer });
  });
});

describe("the lookups' query parameters keep the definitions' bounds", () => {
  const param = (id: string, name: string) => {
    const p = operation(id).parameters.find((x) => x.name === name && x.in === 'query');
    if (!p) throw new Error(`${id} has no query parameter ${name}`);
    return ajv.compile(p.jsonSchema as object);
  };
  it.each([
    ['ListProducts', 'limit', 0, 100, 101],
    ['ListProducts', 'offset', 0, 5000, 5001],
    ['ListImages', 'limit', 0, 100, 101],
    ['ListImages', 'offset', 0, 5000, 5001],
    ['ListItaSubJobs', 'limit', 0, 1000, 1001],
    ['ListItaSubJobs', 'offset', 0, 10000, 10001],
  ] as const)('%s %s: %i and %i pass, %i and -1 do not', (id, name, low, high, over) => {
    const validate = param(id, name);
    expect([low, high, over, -1].map((v) => validate(v))).toEqual([true, true, false, false]);
  });
  it("ListImages keeps its definition's patterns as they stand (gold|private, arm|x86: unanchored, so a value containing either word passes)", () => {
    expect(['gold', 'private', 'shared', 'gold-1'].map((v) => param('ListImages', 'image_type')(v))).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(['x86', 'arm', 'mips', 'x86_64', 'x86_64_bits'].map((v) => param('ListImages', 'architecture')(v))).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });
});
