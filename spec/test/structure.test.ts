import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, noExampleReason, REPO_ROOT } from './load.js';

const model = await loadModel();
const DEFINITIONS = join(REPO_ROOT, '../shared/definitions');
type Json = Record<string, unknown>;
const doc = model.document as Json;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function requestSchemaNames(): Set<string> {
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObj(node)) return;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length);
      if (!seen.has(name)) {
        seen.add(name);
        visit(model.schemas[name]);
      }
    }
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('x-') && k !== '$ref') visit(v);
  };
  for (const op of model.operations) if (op.requestSchemaRef) visit({ $ref: `#/components/schemas/${op.requestSchemaRef}` });
  return seen;
}

describe('spec structure', () => {
  it('is OpenAPI 3.1.0 with the four order operations, the job lookups, the lookups and the price inquiries', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(model.operations.map((o) => o.operationId).sort()).toEqual([
      'AddDesktopSubResources',
      'CreateDesktopOrder',
      'CreateDesktopPoolChangeOrder',
      'CreateOrder',
      'EstimateAddResources',
      'EstimateChangeImages',
      'ListAvailabilityZones',
      'ListImages',
      'ListItaSubJobs',
      'ListProducts',
      'ListVolumeProductInfo',
      'ShowJob',
      'ShowQuotas',
    ]);
  });

  it('lists the 18 regions with ap-southeast-1 as default', () => {
    expect(model.regions).toHaveLength(18);
    expect(model.defaultRegion).toBe('ap-southeast-1');
    expect(model.serverUrl).toBe('https://workspace.{region}.myhuaweicloud.com');
  });

  it('gives every operation its provenance (a saved doc page, else its definition or the SDK), a defined tag and project_id', () => {
    const paths = doc.paths as Record<string, Json>;
    const tags = new Set((doc.tags as Json[]).map((t) => t.name));
    const bySource: Record<string, string[]> = {};
    for (const operation of model.operations) {
      const op = paths[operation.path]?.[operation.method.toLowerCase()] as Json;
      if (op['x-doc-page'] === undefined) {
        expect(['api-definition', 'sdk'], operation.operationId).toContain(op['x-source']);
        (bySource[String(op['x-source'])] ??= []).push(operation.operationId);
      } else {
        expect(op['x-doc-page']).toMatchObject({
          title: expect.any(String),
          updated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/),
        });
      }
      // Orders change paid resources; price inquiries are POSTs that change nothing; Jobs and Lookups only read.
      const expected =
        operation.method === 'GET' ? ['Jobs', 'Lookups'] : op['x-hwc-idempotent'] === true ? ['Price inquiries'] : ['Orders'];
      expect(op.tags, operation.operationId).toHaveLength(1);
      expect(expected, operation.operationId).toContain((op.tags as string[])[0]);
      for (const tag of op.tags as string[]) expect(tags.has(tag), tag).toBe(true);
      expect(JSON.stringify(op.parameters)).toContain('ProjectId');
    }
    // x-source: api-definition only where Huawei's definition of the operation is shared (checked when ../shared is there).
    expect(bySource.sdk).toContain('ListVolumeProductInfo');
    expect(bySource['api-definition']).toEqual(
      expect.arrayContaining([
        'EstimateAddResources',
        'EstimateChangeImages',
        'ListAvailabilityZones',
        'ListImages',
        'ListItaSubJobs',
        'ListProducts',
        'ShowQuotas',
      ]),
    );
    if (existsSync(DEFINITIONS)) {
      for (const id of bySource['api-definition'] ?? []) expect(existsSync(join(DEFINITIONS, `${id}.json`)), id).toBe(true);
      expect(existsSync(join(DEFINITIONS, 'ListVolumeProductInfo.json'))).toBe(false);
    }
  });

  it('marks exactly the price inquiries x-hwc-idempotent: POSTs that buy nothing', () => {
    const paths = doc.paths as Record<string, Json>;
    const marked = model.operations.filter(
      (o) => (paths[o.path]?.[o.method.toLowerCase()] as Json)['x-hwc-idempotent'] !== undefined,
    );
    for (const o of marked)
      expect((paths[o.path]?.[o.method.toLowerCase()] as Json)['x-hwc-idempotent'], o.operationId).toBe(true);
    expect(marked.map((o) => `${o.method} ${o.operationId}`).sort()).toEqual([
      'POST EstimateAddResources',
      'POST EstimateChangeImages',
    ]);
  });

  it('closes every object schema a request can reach', () => {
    // oneOf branches are closed by the schema that holds them (its own properties list every field).
    const branches = new Set(
      Object.values(model.schemas).flatMap((s) =>
        isObj(s) && isObj(s.discriminator) && isObj(s.discriminator.mapping)
          ? Object.values(s.discriminator.mapping).map((r) => String(r).split('/').pop())
          : [],
      ),
    );
    const open = [...requestSchemaNames()].filter((name) => {
      const s = model.schemas[name] as Json;
      return (
        s.type === 'object' &&
        isObj(s.properties) &&
        s.additionalProperties !== false &&
        s.unevaluatedProperties !== false &&
        !branches.has(name)
      );
    });
    expect(branches.size).toBe(15);
    expect(open).toEqual([]);
  });

  /** The response schemas of the operations without a page (lookups, job lookups, price inquiries). */
  const WITHOUT_PAGE = [
    'ListProductsResponse',
    'ProductInfo',
    'ListImagesResponse',
    'ImageInfo',
    'ListAvailabilityZonesResponse',
    'AvailabilityZoneInfo',
    'SoldOutInfo',
    'ListVolumeProductInfoResponse',
    'VolumeProductInfo',
    'I18nLanguage',
    'Iops',
    'Throughput',
    'ShowQuotasResponse',
    'QuotaNoLimit',
    'SiteQuotaNoLimit',
    'ResourceNoLimit',
    'ListItaSubJobsResponse',
    'ShowJobResponse',
    'JobDetailInfo',
    'JobEntities',
    'PriceInquiryResponse',
    'CloudServiceRatingResult',
    'OfficialWebsiteRatingResult',
    'OptionalDiscountRatingResult',
    'ProductResult',
  ];

  it('leaves response schemas open', () => {
    for (const name of [
      'ErrorResponse',
      'CreateOrderResponse',
      'CreateDesktopOrderResponse',
      'AddDesktopSubResourcesResponse',
      'CreateDesktopPoolChangeOrderResponse',
      'OrderV5',
      ...WITHOUT_PAGE,
    ]) {
      expect((model.schemas[name] as Json).additionalProperties, name).toBeUndefined();
    }
  });

  it('marks the response of an operation without a page, and every field in it, with its source: the definition or the SDK (only the SDK when the operation has no definition)', () => {
    const paths = doc.paths as Record<string, Json>;
    const reached = new Map<string, string>();
    const visit = (name: string, only: string | undefined): void => {
      if (reached.has(name) && (only === undefined || reached.get(name) === only)) return;
      reached.set(name, only ?? 'api-definition|sdk');
      const schema = model.schemas[name] as Json;
      const allowed = only ? [only] : ['api-definition', 'sdk'];
      expect(allowed, name).toContain(schema['x-source']);
      for (const [prop, def] of Object.entries((schema.properties ?? {}) as Json)) {
        const d = def as Json;
        const ref = (
          typeof d.$ref === 'string' ? d.$ref : isObj(d.items) && typeof d.items.$ref === 'string' ? d.items.$ref : undefined
        )
          ?.split('/')
          .pop();
        if (ref) visit(ref, only);
        if (typeof d.$ref !== 'string') expect(allowed, `${name}.${prop}`).toContain(d['x-source']);
      }
    };
    for (const operation of model.operations) {
      const op = paths[operation.path]?.[operation.method.toLowerCase()] as Json;
      if (op['x-doc-page'] !== undefined) continue;
      for (const r of operation.responses)
        if (r.code !== undefined && r.code < 300 && r.schemaRef) visit(r.schemaRef, op['x-source'] === 'sdk' ? 'sdk' : undefined);
    }
    expect([...reached.keys()]).toEqual(expect.arrayContaining(WITHOUT_PAGE));
    for (const name of ['ListVolumeProductInfoResponse', 'VolumeProductInfo', 'I18nLanguage', 'Iops', 'Throughput'])
      expect(reached.get(name), name).toBe('sdk');
  });

  it('never requires a field known only from the SDKs', () => {
    for (const [name, schema] of Object.entries(model.schemas)) {
      if (!isObj(schema) || !isObj(schema.properties)) continue;
      const required = new Set((schema.required as string[] | undefined) ?? []);
      for (const [prop, def] of Object.entries(schema.properties)) {
        if (isObj(def) && def['x-source'] === 'sdk') expect(required.has(prop), `${name}.${prop}`).toBe(false);
      }
    }
  });

  it('keeps every integer within int32: format int32, or bounds inside its range (as the API definition gives them)', () => {
    const bad: string[] = [];
    const INT32 = 2 ** 31;
    const inside = (n: unknown) => typeof n === 'number' && n >= -INT32 && n < INT32;
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((v, i) => walk(v, `${path}/${i}`));
      if (!isObj(node)) return;
      if (node.type === 'integer' && node.format !== 'int32' && !(inside(node.minimum) && inside(node.maximum))) bad.push(path);
      if (node.type === 'integer' && node.format !== undefined && node.format !== 'int32') bad.push(path);
      for (const [k, v] of Object.entries(node)) if (!k.startsWith('x-')) walk(v, `${path}/${k}`);
    };
    walk(model.schemas, '');
    expect(bad).toEqual([]);
  });

  it('has an error example for every documented error status', () => {
    for (const op of model.operations) {
      for (const r of op.responses.filter((x) => x.status >= 400)) {
        expect(r.schemaRef).toBe('ErrorResponse');
        if (r.examples.length === 0)
          expect(noExampleReason(model, op.path, op.method, String(r.status)), `${op.operationId} ${r.status}`).toBeDefined();
      }
    }
  });
});
