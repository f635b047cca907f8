/**
 * Compares one parsed page with the spec, through its provenance annotations (x-doc-page,
 * x-doc-table, x-source, x-doc-conflict, x-doc-erratum), and lists what differs.
 */
import { isDeepStrictEqual } from 'node:util';
import type { OperationModel, SpecModel } from '@hwc-workspace/codegen';
import type { Page, Row, Table } from './page.js';
import { proseEnum } from './parse.js';
import type { Place, SpecIndex } from './locate.js';

export type DriftKind =
  | 'operation-missing'
  | 'updated-changed'
  | 'iam-changed'
  | 'table-missing'
  | 'field-added'
  | 'field-removed'
  | 'required-changed'
  | 'type-changed'
  | 'enum-added'
  | 'enum-removed'
  | 'status-added'
  | 'status-removed'
  | 'example-changed';

export interface Finding {
  readonly kind: DriftKind;
  readonly message: string;
  readonly where: Place;
  /** True when the spec already records this difference (x-doc-conflict, x-doc-erratum, x-source: sdk). */
  readonly known: boolean;
  /** A YAML fragment to paste, for additions. */
  readonly suggestion?: string;
  /** Line in the page file, when the finding comes from a row. */
  readonly pageLine?: number;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JSON Schema type of a page's Type column (`Array of …` → array, `X object` → object). */
export function pageType(type: string): string {
  if (type.startsWith('Array of')) return 'array';
  if (type.endsWith(' object')) return 'object';
  return ({ String: 'string', Integer: 'integer', Long: 'integer', Boolean: 'boolean', Number: 'number', Float: 'number', Double: 'number' } as Record<string, string>)[type] ?? type.toLowerCase();
}

function suggestion(row: Row): string {
  const t = pageType(row.type);
  const lines = [`${row.name}:`];
  if (t === 'object') lines.push(`  $ref: '#/${row.type.replace(/ object$/, '')}'`);
  else if (t === 'array') {
    const item = row.type.replace(/^Array of /, '');
    lines.push('  type: array', '  items:', item.endsWith(' objects') ? `    $ref: '#/${item.replace(/ objects$/, '')}'` : `    type: ${pageType(item.replace(/s$/, '').replace(/^./, (c) => c.toUpperCase()))}`);
  } else lines.push(`  type: ${t}`, ...(t === 'integer' ? ['  format: int32'] : []));
  lines.push('  description: <your own words>');
  if (row.mandatory) lines.push(`# and add ${row.name} to required`);
  return lines.join('\n');
}

export function compare(page: Page, model: SpecModel, index: SpecIndex): Finding[] {
  const findings: Finding[] = [];
  const op = model.operations.find((o) => o.path === page.uri && o.method === page.method);
  if (!op) {
    return [{ kind: 'operation-missing', message: `${page.method} ${page.uri} ("${page.title}") is not in the spec`, where: { file: 'spec/openapi.yaml', pointer: '/paths' }, known: false }];
  }
  const doc = model.document as Json;
  const opNode = ((doc.paths as Json)[op.path] as Json)[op.method.toLowerCase()] as Json;
  const docPage = (opNode['x-doc-page'] ?? {}) as Json;
  if (docPage.updated !== page.updated) {
    findings.push({ kind: 'updated-changed', message: `"Updated on" is ${page.updated}; the spec records ${String(docPage.updated)}`, where: index.operation(op.path, op.method, '/x-doc-page/updated'), known: false });
  }
  const iam = isObj(opNode['x-iam']) ? String(opNode['x-iam'].action) : undefined;
  if (page.iamAction !== iam) {
    findings.push({ kind: 'iam-changed', message: `IAM action on the page: ${page.iamAction ?? '(none)'}; in the spec: ${iam ?? '(none)'}`, where: index.operation(op.path, op.method, '/x-iam'), known: false });
  }
  for (const table of page.tables) compareTable(table, op, model, index, findings);
  compareStatuses(page, op, opNode, doc, index, findings);
  compareExamples(page, op, opNode, doc, index, findings);
  return findings;
}

function tagged(node: unknown, op: OperationModel, table: Table): boolean {
  return isObj(node) && Array.isArray(node['x-doc-table']) && (node['x-doc-table'] as Json[]).some((t) => t.page === op.operationId && t.table === table.title);
}

function compareTable(table: Table, op: OperationModel, model: SpecModel, index: SpecIndex, out: Finding[]): void {
  const params = ((model.document as Json).components as Json).parameters as Record<string, Json> | undefined;
  const paramHits = Object.entries(params ?? {}).filter(([, p]) => tagged(p, op, table));
  if (paramHits.length > 0) {
    for (const row of table.rows) {
      const hit = paramHits.find(([, p]) => p.name === row.name);
      if (!hit) out.push({ kind: 'field-added', message: `${table.title}: parameter ${row.name} is not in the spec`, where: index.component(paramHits[0]![0]), known: false, pageLine: row.line, suggestion: `${row.name}:\n  name: ${row.name}\n  in: header\n  required: ${row.mandatory ? 'true' : 'false'}\n  schema: { type: ${pageType(row.type)} }` });
      else if (row.mandatory !== undefined && Boolean(hit[1].required) !== row.mandatory) out.push({ kind: 'required-changed', message: `${table.title}: ${row.name} is ${row.mandatory ? 'mandatory' : 'optional'} on the page`, where: index.component(hit[0], '/required'), known: false, pageLine: row.line });
    }
    for (const [name, p] of paramHits) if (!table.rows.some((r) => r.name === p.name)) out.push({ kind: 'field-removed', message: `${table.title}: parameter ${String(p.name)} is no longer on the page`, where: index.component(name), known: false });
    return;
  }
  const schemas = Object.entries(model.schemas).filter(([, s]) => tagged(s, op, table)) as [string, Json][];
  if (schemas.length === 0) {
    out.push({ kind: 'table-missing', message: `${table.title} (${table.rows.length} rows) maps to no schema: no x-doc-table names it for ${op.operationId}`, where: { file: 'spec/schemas', pointer: '' }, known: false, pageLine: table.line, suggestion: `${table.title.replace(/^Table \d+ /, '').replace(/\s+/g, '')}:\n  type: object\n  additionalProperties: false\n  x-doc-table:\n    - { page: ${op.operationId}, table: ${table.title} }\n  properties:\n${table.rows.map((r) => suggestion(r).replace(/^/gm, '    ')).join('\n')}` });
    return;
  }
  for (const [name, schema] of schemas) {
    const props = (schema.properties ?? {}) as Json;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const fromSdk = (d: unknown) => isObj(d) && (d['x-source'] === 'sdk' || d['x-source'] === 'doc-example' || (typeof d.$ref === 'string' && (model.schemas[d.$ref.split('/').pop() ?? ''] as Json | undefined)?.['x-source'] === 'sdk'));
    for (const row of table.rows) {
      const def = props[row.name];
      const where = index.component(name, `/properties/${row.name}`);
      if (def === undefined) {
        out.push({ kind: 'field-added', message: `${table.title}: ${row.name} (${row.type}${row.mandatory ? ', mandatory' : ''}) is not in ${name}`, where: index.component(name, '/properties'), known: false, pageLine: row.line, suggestion: suggestion(row) });
        continue;
      }
      const target = isObj(def) && typeof def.$ref === 'string' ? (model.schemas[def.$ref.split('/').pop() ?? ''] as Json | undefined) : undefined;
      const conflict = (isObj(def) && Array.isArray(def['x-doc-conflict'])) || (isObj(target) && Array.isArray(target['x-doc-conflict']));
      if (row.mandatory !== undefined && required.has(row.name) !== row.mandatory) {
        out.push({ kind: 'required-changed', message: `${table.title}: ${row.name} is ${row.mandatory ? 'mandatory' : 'optional'} on the page but ${row.mandatory ? 'optional' : 'required'} in ${name}`, where: index.component(name, '/required'), known: conflict, pageLine: row.line });
      }
      const specType = isObj(target) ? (target.type === 'object' || target.properties ? 'object' : String(target.type)) : isObj(def) ? String(def.type) : 'unknown';
      if (specType !== pageType(row.type)) {
        out.push({ kind: 'type-changed', message: `${table.title}: ${row.name} is ${row.type} on the page, ${specType} in ${name}`, where, known: conflict, pageLine: row.line });
      }
      const specEnum = ((isObj(def) && Array.isArray(def.enum) ? def.enum : isObj(target) && Array.isArray(target.enum) ? target.enum : []) as unknown[]).map(String);
      const prose = proseEnum(row.description);
      if (prose.length > 0) {
        const added = prose.filter((v) => !specEnum.includes(v));
        const removed = specEnum.filter((v) => !prose.includes(v));
        if (added.length > 0) out.push({ kind: 'enum-added', message: `${table.title}: ${row.name} lists ${added.join(', ')}, which ${name} lacks`, where, known: conflict, pageLine: row.line, suggestion: `enum: [${[...specEnum, ...added].join(', ')}]` });
        if (removed.length > 0 && specEnum.length > 0) out.push({ kind: 'enum-removed', message: `${table.title}: ${name}.${row.name} accepts ${removed.join(', ')}, which the page does not list`, where, known: conflict, pageLine: row.line });
      }
    }
    for (const [prop, def] of Object.entries(props)) {
      if (table.rows.some((r) => r.name === prop)) continue;
      out.push({ kind: 'field-removed', message: `${table.title}: ${name}.${prop} is not on the page`, where: index.component(name, `/properties/${prop}`), known: fromSdk(def) });
    }
  }
}

function compareStatuses(page: Page, op: OperationModel, opNode: Json, doc: Json, index: SpecIndex, out: Finding[]): void {
  const spec = op.responses.flatMap((r) => (r.code !== undefined ? [r.code] : []));
  // A response marked x-source: gateway is answered by Huawei's API gateway, which no page lists.
  const fromGateway = (code: number): boolean => {
    let node = ((opNode.responses ?? {}) as Json)[String(code)];
    const ref = isObj(node) ? node.$ref : undefined;
    if (typeof ref === 'string') node = (((doc.components as Json | undefined)?.responses ?? {}) as Json)[ref.split('/').pop() ?? ''];
    return isObj(node) && node['x-source'] === 'gateway';
  };
  for (const s of page.statuses) if (!spec.includes(s.code)) out.push({ kind: 'status-added', message: `status ${s.code} ("${s.description}") is documented on the page but not in the spec`, where: index.operation(op.path, op.method, '/responses'), known: false, suggestion: `'${s.code}':\n  $ref: ../responses.yaml#/<one of the shared error responses>` });
  for (const code of spec) {
    if (page.statuses.some((s) => s.code === code)) continue;
    const gateway = fromGateway(code);
    out.push({ kind: 'status-removed', message: gateway ? `status ${code} is the API gateway's (x-source: gateway), not on the page` : `status ${code} is in the spec but no longer on the page`, where: index.operation(op.path, op.method, `/responses/${code}`), known: gateway });
  }
}

function compareExamples(page: Page, op: OperationModel, opNode: Json, doc: Json, index: SpecIndex, out: Finding[]): void {
  const resolve = (node: unknown): Json => {
    const ref = isObj(node) ? node.$ref : undefined;
    return typeof ref === 'string' ? (((doc.components as Json).examples as Json)[ref.split('/').pop() ?? ''] as Json) : (node as Json);
  };
  const mediaType = op.body?.primary.mediaType ?? '';
  const media = (((opNode.requestBody as Json)?.content as Json)?.[mediaType] ?? {}) as Json;
  const docExamples = Object.entries((media.examples ?? {}) as Json)
    .map(([name, e]) => ({ name, ex: resolve(e) }))
    .filter(({ ex }) => ex['x-source'] === 'doc');
  const unmatched = docExamples.filter(({ ex }) => !page.requestExamples.some((p) => isDeepStrictEqual(p, ex.value)));
  page.requestExamples.forEach((value, i) => {
    if (docExamples.some(({ ex }) => isDeepStrictEqual(value, ex.value))) return;
    const erratum = unmatched.find(({ ex }) => isObj(ex['x-doc-erratum']));
    out.push({
      kind: 'example-changed',
      message: erratum ? `request example ${i + 1} differs from "${erratum.name}", as its recorded erratum explains` : `request example ${i + 1} on the page matches no example of the spec marked x-source: doc`,
      where: index.operation(op.path, op.method, `/requestBody/content/${mediaType.replace(/~/g, '~0').replace(/\//g, '~1')}/examples${erratum ? `/${erratum.name}` : ''}`),
      known: Boolean(erratum),
    });
  });
  for (const { status, value } of page.responseExamples) {
    const r = op.responses.find((x) => x.code === status);
    if (!r?.examples.some((e) => isDeepStrictEqual(e.value, value))) {
      out.push({ kind: 'example-changed', message: `the ${status} response example on the page matches no ${status} example of the spec`, where: index.operation(op.path, op.method, `/responses/${status}`), known: false });
    }
  }
}
