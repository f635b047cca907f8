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
  it('is OpenAPI 3.1.0 with the four operations', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(model.operations.map((o) => o.operationId).sort()).toEqual(['AddDesktopSubResources', 'CreateDesktopOrder', 'CreateDesktopPoolChangeOrder', 'CreateOrder']);
  });

  it('lists the 18 regions with ap-southeast-1 as default', () => {
    expect(model.regions).toHaveLength(18);
    expect(model.defaultRegion).toBe('ap-southeast-1');
    expect(model.serverUrl).toBe('https://workspace.{region}.myhuaweicloud.com');
  });

  it('gives every operation its doc page, a tag and project_id', () => {
    const paths = doc.paths as Record<string, Json>;
    for (const operation of model.operations) {
      const op = paths[operation.path]?.[operation.method.toLowerCase()] as Json;
      expect(op['x-doc-page']).toMatchObject({ title: expect.any(String), updated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/) });
      expect(op.tags).toEqual(['Orders']);
      expect(JSON.stringify(op.parameters)).toContain('ProjectId');
    }
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
    for (const name of ['ErrorResponse', 'CreateOrderResponse', 'CreateDesktopOrderResponse', 'AddDesktopSubResourcesResponse', 'CreateDesktopPoolChangeOrderResponse', 'OrderV5']) {
      expect((model.schemas[name] as Json).additionalProperties, name).toBeUndefined();
    }
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

  it('uses int32 integers everywhere', () => {
    const bad: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((v, i) => walk(v, `${path}/${i}`));
      if (!isObj(node)) return;
      if (node.type === 'integer' && node.format !== 'int32') bad.push(path);
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
