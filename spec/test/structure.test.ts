import { describe, expect, it } from 'vitest';
import { loadModel } from './load.js';

const model = await loadModel();
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
  it('is OpenAPI 3.1.0 with the four order operations and the job lookup', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(model.operations.map((o) => o.operationId).sort()).toEqual(['AddDesktopSubResources', 'CreateDesktopOrder', 'CreateDesktopPoolChangeOrder', 'CreateOrder', 'ShowJob']);
  });

  it('lists the 18 regions with ap-southeast-1 as default', () => {
    expect(model.regions).toHaveLength(18);
    expect(model.defaultRegion).toBe('ap-southeast-1');
    expect(model.serverUrl).toBe('https://workspace.{region}.myhuaweicloud.com');
  });

  it('gives every operation its provenance (a doc page, or x-source: api-definition without one), a defined tag and project_id', () => {
    const paths = doc.paths as Record<string, Json>;
    const tags = new Set((doc.tags as Json[]).map((t) => t.name));
    const withoutPage: string[] = [];
    for (const operation of model.operations) {
      const op = paths[operation.path]?.[operation.method.toLowerCase()] as Json;
      if (op['x-doc-page'] === undefined) {
        withoutPage.push(operation.operationId);
        expect(op['x-source'], operation.operationId).toBe('api-definition');
      } else {
        expect(op['x-doc-page']).toMatchObject({ title: expect.any(String), updated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/) });
      }
      // Orders change paid resources; Jobs only read.
      expect(op.tags).toEqual([operation.method === 'GET' ? 'Jobs' : 'Orders']);
      for (const tag of op.tags as string[]) expect(tags.has(tag), tag).toBe(true);
      expect(JSON.stringify(op.parameters)).toContain('ProjectId');
    }
    expect(withoutPage).toEqual(['ShowJob']);
  });

  it('closes every object schema a request can reach', () => {
    // oneOf branches are closed by the schema that holds them (its own properties list every field).
    const branches = new Set(
      Object.values(model.schemas).flatMap((s) => (isObj(s) && isObj(s.discriminator) && isObj(s.discriminator.mapping) ? Object.values(s.discriminator.mapping).map((r) => String(r).split('/').pop()) : [])),
    );
    const open = [...requestSchemaNames()].filter((name) => {
      const s = model.schemas[name] as Json;
      return s.type === 'object' && isObj(s.properties) && s.additionalProperties !== false && s.unevaluatedProperties !== false && !branches.has(name);
    });
    expect(branches.size).toBe(15);
    expect(open).toEqual([]);
  });

  it('leaves response schemas open', () => {
    for (const name of ['ErrorResponse', 'CreateOrderResponse', 'CreateDesktopOrderResponse', 'AddDesktopSubResourcesResponse', 'CreateDesktopPoolChangeOrderResponse', 'OrderV5', 'ShowJobResponse', 'JobDetailInfo', 'JobEntities']) {
      expect((model.schemas[name] as Json).additionalProperties, name).toBeUndefined();
    }
  });

  it('marks the response of an operation without a page x-source: api-definition, and every field in it api-definition or sdk', () => {
    const paths = doc.paths as Record<string, Json>;
    const reached = new Set<string>();
    const visit = (name: string): void => {
      if (reached.has(name)) return;
      reached.add(name);
      const schema = model.schemas[name] as Json;
      expect(schema['x-source'], name).toBe('api-definition');
      for (const [prop, def] of Object.entries((schema.properties ?? {}) as Json)) {
        const d = def as Json;
        const ref = (typeof d.$ref === 'string' ? d.$ref : isObj(d.items) && typeof d.items.$ref === 'string' ? d.items.$ref : undefined)?.split('/').pop();
        if (ref) visit(ref);
        if (typeof d.$ref !== 'string') expect(['api-definition', 'sdk'], `${name}.${prop}`).toContain(d['x-source']);
      }
    };
    for (const operation of model.operations) {
      if ((paths[operation.path]?.[operation.method.toLowerCase()] as Json)['x-doc-page'] !== undefined) continue;
      for (const r of operation.responses) if (r.code !== undefined && r.code < 300 && r.schemaRef) visit(r.schemaRef);
    }
    expect([...reached].sort()).toEqual(['JobDetailInfo', 'JobEntities', 'ShowJobResponse']);
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
        expect(r.examples.length).toBeGreaterThan(0);
      }
    }
  });
});
