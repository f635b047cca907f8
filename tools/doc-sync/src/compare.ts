/**
 * Compares one parsed page with the spec, through its provenance annotations (x-doc-page,
 * x-doc-table, x-source, x-doc-conflict, x-doc-erratum), and lists what differs.
 */
import { isDeepStrictEqual } from 'node:util';
import type { OperationModel, SpecModel } from '@hwc-workspace/codegen/spec';
import type { Place, SpecIndex } from './locate.js';
import type { Page, Row, Table } from './page.js';
import { proseEnum } from './parse.js';
import { type DriftKind, isRecorded, type RecordedDifference, recorded, recordedValues } from './records.js';

export { type DriftKind, definitionRecords, type RecordedDifference, recorded } from './records.js';

/** What a change does to the packages' users (semver of the generated packages). */
export type Impact = 'breaking' | 'minor' | 'patch';

export interface Finding {
  readonly kind: DriftKind;
  /** For drift: breaking, minor or patch (see impactOf). */
  readonly impact?: Impact;
  readonly message: string;
  readonly where: Place;
  /**
   * True when the spec records exactly this difference: the same kind and values in an
   * x-doc-conflict `differences` entry on the same field, an x-doc-erratum holding the page's
   * example, x-source: sdk / doc-example on a field, x-source: gateway on a status.
   */
  readonly known: boolean;
  /** A YAML fragment to paste, for additions. */
  readonly suggestion?: string;
  /** The `values` of the x-doc-conflict difference that would record this finding (`{ kind, values }`). */
  readonly values?: readonly string[];
  /** Line in the page file, when the finding comes from a row. */
  readonly pageLine?: number;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JSON Schema type of a page's Type column (`Array of …` → array, `X object` → object). */
export function pageType(type: string): string {
  if (type.startsWith('Array of')) return 'array';
  if (type.endsWith(' object')) return 'object';
  return (
    (
      {
        String: 'string',
        Integer: 'integer',
        Long: 'integer',
        Boolean: 'boolean',
        Number: 'number',
        Float: 'number',
        Double: 'number',
      } as Record<string, string>
    )[type] ?? type.toLowerCase()
  );
}

function suggestion(row: Row): string {
  const t = pageType(row.type);
  const lines = [`${row.name}:`];
  if (t === 'object') lines.push(`  $ref: '#/${row.type.replace(/ object$/, '')}'`);
  else if (t === 'array') {
    const item = row.type.replace(/^Array of /, '');
    lines.push(
      '  type: array',
      '  items:',
      item.endsWith(' objects')
        ? `    $ref: '#/${item.replace(/ objects$/, '')}'`
        : `    type: ${pageType(item.replace(/s$/, '').replace(/^./, (c) => c.toUpperCase()))}`,
    );
  } else lines.push(`  type: ${t}`, ...(t === 'integer' ? ['  format: int32'] : []));
  lines.push('  description: <your own words>');
  if (row.mandatory) lines.push(`# and add ${row.name} to required`);
  return lines.join('\n');
}

/**
 * What a drift item does to the packages' users. Breaking: a field removed or made required, a
 * type narrowed, a request enum value removed, a status removed. Minor: a new optional field, a
 * new enum value, a new operation or status, a field made optional, a bound loosened. Patch: text,
 * dates, examples, defaults. A request bound, pattern or format tightened is breaking.
 */
export function impactOf(
  kind: DriftKind,
  detail: { section?: 'request' | 'response'; mandatory?: boolean; widened?: boolean; tighter?: boolean } = {},
): Impact {
  switch (kind) {
    case 'updated-changed':
    case 'iam-changed':
    case 'example-changed':
    case 'default-changed':
      return 'patch';
    // A request bound, pattern or format the spec must tighten refuses bodies it accepted before.
    case 'bound-changed':
    case 'pattern-changed':
    case 'format-changed':
      return detail.section === 'request' && detail.tighter ? 'breaking' : 'minor';
    case 'field-added':
      return detail.section === 'request' && detail.mandatory ? 'breaking' : 'minor';
    case 'required-changed':
      return detail.mandatory ? 'breaking' : 'minor';
    case 'type-changed':
      return detail.widened ? 'minor' : 'breaking';
    case 'enum-removed':
      return detail.section === 'response' ? 'minor' : 'breaking';
    case 'field-removed':
    case 'status-removed':
      return 'breaking';
    default:
      return 'minor';
  }
}

export function compare(page: Page, model: SpecModel, index: SpecIndex): Finding[] {
  const findings: Finding[] = [];
  const op = model.operations.find((o) => o.path === page.uri && o.method === page.method);
  if (!op) {
    return [
      {
        kind: 'operation-missing',
        impact: 'minor',
        message: `${page.method} ${page.uri} ("${page.title}") is not in the spec; --draft <dir> writes a draft of it`,
        where: { file: 'spec/openapi.yaml', pointer: '/paths' },
        known: false,
      },
    ];
  }
  const doc = model.document as Json;
  const opNode = ((doc.paths as Json)[op.path] as Json)[op.method.toLowerCase()] as Json;
  const opRecords = recorded(opNode);
  const docPage = (opNode['x-doc-page'] ?? {}) as Json;
  if (docPage.updated !== page.updated) {
    findings.push({
      kind: 'updated-changed',
      impact: 'patch',
      message: `"Updated on" is ${page.updated}; the spec records ${String(docPage.updated)}`,
      where: index.operation(op.path, op.method, '/x-doc-page/updated'),
      known: false,
    });
  }
  const iam = isObj(opNode['x-iam']) ? String(opNode['x-iam'].action) : undefined;
  if (page.iamAction !== iam) {
    findings.push({
      kind: 'iam-changed',
      impact: 'patch',
      message: `IAM action on the page: ${page.iamAction ?? '(none)'}; in the spec: ${iam ?? '(none)'}`,
      where: index.operation(op.path, op.method, '/x-iam'),
      known: false,
    });
  }
  const params = tableParameters(op, opNode, doc);
  for (const table of page.tables) compareTable(table, op, params, model, index, findings);
  compareStatuses(page, op, opNode, doc, opRecords, index, findings);
  compareExamples(page, op, opNode, doc, index, findings);
  return findings;
}

function tagged(node: unknown, op: OperationModel, table: Table): boolean {
  return (
    isObj(node) &&
    Array.isArray(node['x-doc-table']) &&
    (node['x-doc-table'] as Json[]).some((t) => t.page === op.operationId && t.table === table.title)
  );
}

interface TableParameter {
  readonly node: Json;
  /** Where it is written: a component's place, or the operation's parameters list. */
  readonly where: (inner?: string) => Place;
}

/** Parameters that may carry x-doc-table: the shared components, and the operation's own inline ones. */
function tableParameters(op: OperationModel, opNode: Json, doc: Json): (index: SpecIndex) => TableParameter[] {
  return (index) => {
    const out: TableParameter[] = [];
    const components = ((doc.components as Json | undefined)?.parameters ?? {}) as Record<string, Json>;
    for (const [name, p] of Object.entries(components))
      out.push({ node: p, where: (inner = '') => index.component(name, inner) });
    const inline = Array.isArray(opNode.parameters) ? (opNode.parameters as unknown[]) : [];
    inline.forEach((p, i) => {
      if (isObj(p) && typeof p.$ref !== 'string')
        out.push({ node: p, where: (inner = '') => index.operation(op.path, op.method, `/parameters/${i}${inner}`) });
    });
    return out;
  };
}

function compareTable(
  table: Table,
  op: OperationModel,
  params: (index: SpecIndex) => TableParameter[],
  model: SpecModel,
  index: SpecIndex,
  out: Finding[],
): void {
  const paramHits = params(index).filter((p) => tagged(p.node, op, table));
  if (paramHits.length > 0) {
    const byName = new Map(paramHits.map((p) => [String(p.node.name), p]));
    const onPage = new Set(table.rows.map((r) => r.name));
    for (const row of table.rows) {
      const hit = byName.get(row.name);
      if (!hit)
        out.push({
          kind: 'field-added',
          impact: impactOf('field-added', { section: 'request', mandatory: Boolean(row.mandatory) }),
          message: `${table.title}: parameter ${row.name} is not in the spec`,
          where: paramHits[0]!.where(),
          known: false,
          pageLine: row.line,
          suggestion: `${row.name}:\n  name: ${row.name}\n  in: ${/query/i.test(table.title) ? 'query' : /path/i.test(table.title) ? 'path' : 'header'}\n  required: ${row.mandatory ? 'true' : 'false'}\n  schema: { type: ${pageType(row.type)} }`,
        });
      else if (row.mandatory !== undefined && Boolean(hit.node.required) !== row.mandatory) {
        const known = isRecorded(recorded(hit.node), 'required-changed', [row.mandatory ? 'mandatory' : 'optional']);
        out.push({
          kind: 'required-changed',
          impact: impactOf('required-changed', { mandatory: row.mandatory }),
          message: `${table.title}: ${row.name} is ${row.mandatory ? 'mandatory' : 'optional'} on the page`,
          where: hit.where('/required'),
          known,
          pageLine: row.line,
        });
      }
    }
    for (const p of paramHits)
      if (!onPage.has(String(p.node.name)))
        out.push({
          kind: 'field-removed',
          impact: 'breaking',
          message: `${table.title}: parameter ${String(p.node.name)} is no longer on the page`,
          where: p.where(),
          known: false,
        });
    return;
  }
  const schemas = Object.entries(model.schemas).filter(([, s]) => tagged(s, op, table)) as [string, Json][];
  if (schemas.length === 0) {
    out.push({
      kind: 'table-missing',
      impact: 'minor',
      message: `${table.title} (${table.rows.length} rows) maps to no schema: no x-doc-table names it for ${op.operationId}`,
      where: { file: 'spec/schemas', pointer: '' },
      known: false,
      pageLine: table.line,
      suggestion: `${table.title.replace(/^Table \d+ /, '').replace(/\s+/g, '')}:\n  type: object\n  additionalProperties: false\n  x-doc-table:\n    - { page: ${op.operationId}, table: ${table.title} }\n  properties:\n${table.rows.map((r) => suggestion(r).replace(/^/gm, '    ')).join('\n')}`,
    });
    return;
  }
  const onPage = new Set(table.rows.map((r) => r.name));
  const section = table.section;
  for (const [name, schema] of schemas) {
    const props = (schema.properties ?? {}) as Json;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const schemaRecords = recorded(schema);
    const fromSdk = (d: unknown) =>
      isObj(d) &&
      (d['x-source'] === 'sdk' ||
        d['x-source'] === 'doc-example' ||
        (typeof d.$ref === 'string' &&
          (model.schemas[d.$ref.split('/').pop() ?? ''] as Json | undefined)?.['x-source'] === 'sdk'));
    for (const row of table.rows) {
      const def = Object.prototype.hasOwnProperty.call(props, row.name) ? props[row.name] : undefined;
      const where = index.component(name, `/properties/${row.name}`);
      if (def === undefined) {
        out.push({
          kind: 'field-added',
          impact: impactOf('field-added', { section, mandatory: Boolean(row.mandatory) }),
          message: `${table.title}: ${row.name} (${row.type}${row.mandatory ? ', mandatory' : ''}) is not in ${name}`,
          where: index.component(name, '/properties'),
          known: recordedValues(schemaRecords, 'field-added').has(row.name),
          pageLine: row.line,
          suggestion: suggestion(row),
        });
        continue;
      }
      const target =
        isObj(def) && typeof def.$ref === 'string'
          ? (model.schemas[def.$ref.split('/').pop() ?? ''] as Json | undefined)
          : undefined;
      // What the spec records for this field: on the property, and on the schema it $refs.
      const records = recorded(def, target);
      if (row.mandatory !== undefined && required.has(row.name) !== row.mandatory) {
        const value = row.mandatory ? 'mandatory' : 'optional';
        out.push({
          kind: 'required-changed',
          impact: impactOf('required-changed', { mandatory: row.mandatory }),
          message: `${table.title}: ${row.name} is ${value} on the page but ${row.mandatory ? 'optional' : 'required'} in ${name}`,
          where: index.component(name, '/required'),
          known: isRecorded(records, 'required-changed', [value]),
          pageLine: row.line,
        });
      }
      const specType = isObj(target)
        ? target.type === 'object' || target.properties
          ? 'object'
          : String(target.type)
        : isObj(def)
          ? String(def.type)
          : 'unknown';
      const onPageType = pageType(row.type);
      if (specType !== onPageType) {
        out.push({
          kind: 'type-changed',
          impact: impactOf('type-changed', { widened: specType === 'integer' && onPageType === 'number' }),
          message: `${table.title}: ${row.name} is ${row.type} on the page, ${specType} in ${name}`,
          where,
          known: isRecorded(records, 'type-changed', [row.type]),
          pageLine: row.line,
        });
      }
      const specEnum = (
        (isObj(def) && Array.isArray(def.enum)
          ? def.enum
          : isObj(target) && Array.isArray(target.enum)
            ? target.enum
            : []) as unknown[]
      ).map(String);
      const prose = proseEnum(row.description);
      if (prose.length > 0) {
        const added = prose.filter((v) => !specEnum.includes(v));
        const removed = specEnum.length > 0 ? specEnum.filter((v) => !prose.includes(v)) : [];
        enumFindings(
          'enum-added',
          added,
          recordedValues(records, 'enum-added'),
          (vals) => `${table.title}: ${row.name} lists ${vals.join(', ')}, which ${name} lacks`,
          where,
          row.line,
          section,
          out,
          `enum: [${[...specEnum, ...added].join(', ')}]`,
        );
        enumFindings(
          'enum-removed',
          removed,
          recordedValues(records, 'enum-removed'),
          (vals) => `${table.title}: ${name}.${row.name} accepts ${vals.join(', ')}, which the page does not list`,
          where,
          row.line,
          section,
          out,
        );
      }
    }
    for (const [prop, def] of Object.entries(props)) {
      if (onPage.has(prop)) continue;
      out.push({
        kind: 'field-removed',
        impact: 'breaking',
        message: `${table.title}: ${name}.${prop} is not on the page`,
        where: index.component(name, `/properties/${prop}`),
        known: fromSdk(def) || recordedValues(schemaRecords, 'field-removed').has(prop),
      });
    }
  }
}

/** Enum values split by whether the spec records each one: the recorded ones known, the rest drift. */
export function enumFindings(
  kind: 'enum-added' | 'enum-removed',
  values: readonly string[],
  known: ReadonlySet<string>,
  message: (vals: readonly string[]) => string,
  where: Place,
  pageLine: number | undefined,
  section: 'request' | 'response',
  out: Finding[],
  suggestion?: string,
): void {
  if (values.length === 0) return;
  const fresh = values.filter((v) => !known.has(v));
  const old = values.filter((v) => known.has(v));
  const impact = impactOf(kind, { section });
  const line = pageLine !== undefined ? { pageLine } : {};
  if (fresh.length > 0)
    out.push({
      kind,
      impact,
      message: message(fresh),
      where,
      known: false,
      ...line,
      ...(suggestion ? { suggestion } : {}),
      values: fresh,
    });
  if (old.length > 0) out.push({ kind, impact, message: message(old), where, known: true, ...line, values: old });
}

function compareStatuses(
  page: Page,
  op: OperationModel,
  opNode: Json,
  doc: Json,
  records: readonly RecordedDifference[],
  index: SpecIndex,
  out: Finding[],
): void {
  const spec = new Set(op.responses.flatMap((r) => (r.code !== undefined ? [r.code] : [])));
  const onPage = new Set(page.statuses.map((s) => s.code));
  // A response marked x-source: gateway is answered by Huawei's API gateway, which no page lists.
  const fromGateway = (code: number): boolean => {
    let node = ((opNode.responses ?? {}) as Json)[String(code)];
    const ref = isObj(node) ? node.$ref : undefined;
    if (typeof ref === 'string')
      node = (((doc.components as Json | undefined)?.responses ?? {}) as Json)[ref.split('/').pop() ?? ''];
    return isObj(node) && node['x-source'] === 'gateway';
  };
  const seen = new Set<number>();
  for (const s of page.statuses) {
    if (spec.has(s.code) || seen.has(s.code)) continue;
    seen.add(s.code);
    out.push({
      kind: 'status-added',
      impact: 'minor',
      message: `status ${s.code} ("${s.description}") is documented on the page but not in the spec`,
      where: index.operation(op.path, op.method, '/responses'),
      known: recordedValues(records, 'status-added').has(String(s.code)),
      suggestion: `'${s.code}':\n  $ref: ../responses.yaml#/<one of the shared error responses>`,
    });
  }
  for (const code of spec) {
    if (onPage.has(code)) continue;
    const gateway = fromGateway(code);
    out.push({
      kind: 'status-removed',
      impact: 'breaking',
      message: gateway
        ? `status ${code} is the API gateway's (x-source: gateway), not on the page`
        : `status ${code} is in the spec but no longer on the page`,
      where: index.operation(op.path, op.method, `/responses/${code}`),
      known: gateway || recordedValues(records, 'status-removed').has(String(code)),
    });
  }
}

/** The node a JSON pointer names in the bundled document. */
function at(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObj(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}

function compareExamples(page: Page, op: OperationModel, opNode: Json, doc: Json, index: SpecIndex, out: Finding[]): void {
  const resolve = (node: unknown): Json => {
    const ref = isObj(node) ? node.$ref : undefined;
    return typeof ref === 'string'
      ? (((doc.components as Json).examples as Json)[ref.split('/').pop() ?? ''] as Json)
      : (node as Json);
  };
  // An erratum is known only for the exact example the page prints: x-doc-erratum.page holds it.
  const erratumFor = (ex: Json, value: unknown): boolean =>
    isObj(ex['x-doc-erratum']) && isDeepStrictEqual(ex['x-doc-erratum'].page, value);
  const mediaType = op.body?.primary.mediaType ?? '';
  const media = (((opNode.requestBody as Json)?.content as Json)?.[mediaType] ?? {}) as Json;
  const docExamples = Object.entries((media.examples ?? {}) as Json)
    .map(([name, e]) => ({ name, ex: resolve(e) }))
    .filter(({ ex }) => isObj(ex) && ex['x-source'] === 'doc');
  page.requestExamples.forEach((value, i) => {
    if (docExamples.some(({ ex }) => isDeepStrictEqual(value, ex.value))) return;
    const erratum = docExamples.find(({ ex }) => erratumFor(ex, value));
    out.push({
      kind: 'example-changed',
      impact: 'patch',
      message: erratum
        ? `request example ${i + 1} differs from "${erratum.name}", as its recorded erratum explains`
        : `request example ${i + 1} on the page matches no example of the spec marked x-source: doc${docExamples.some(({ ex }) => isObj(ex['x-doc-erratum'])) ? ' (nor the page example an erratum records)' : ''}`,
      where: index.operation(
        op.path,
        op.method,
        `/requestBody/content/${mediaType.replace(/~/g, '~0').replace(/\//g, '~1')}/examples${erratum ? `/${erratum.name}` : ''}`,
      ),
      known: Boolean(erratum),
    });
  });
  for (const { status, value } of page.responseExamples) {
    const r = op.responses.find((x) => x.code === status);
    if (r?.examples.some((e) => isDeepStrictEqual(e.value, value))) continue;
    const erratum = r?.examples.find((e) => erratumFor(resolve(at(doc, e.pointer)), value));
    out.push({
      kind: 'example-changed',
      impact: 'patch',
      message: erratum
        ? `the ${status} response example differs from "${erratum.name}", as its recorded erratum explains`
        : `the ${status} response example on the page matches no ${status} example of the spec`,
      where: index.operation(op.path, op.method, `/responses/${status}`),
      known: Boolean(erratum),
    });
  }
}
