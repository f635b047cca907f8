/**
 * Known differences: what the spec records under `x-doc-conflict[].differences`. Items with
 * `source: api-definition` are differences with Huawei's API Explorer definition; the others are
 * the pages'. A finding is known only when a record has its kind and exactly its values.
 */

/** Every kind of difference doc-sync reports, from pages and from API Explorer definitions. */
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
  | 'example-changed'
  // From API Explorer definitions (compare-definition.ts):
  | 'bound-changed'
  | 'pattern-changed'
  | 'default-changed'
  | 'format-changed'
  | 'example-refused';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A difference the spec records as known, in an `x-doc-conflict` entry's `differences` on the
 * node concerned (the field, the schema it `$ref`s, the schema holding the table, or the
 * operation): `{ kind: enum-removed, values: [market] }`. Only that kind with those values is known.
 */
export interface RecordedDifference {
  readonly kind: DriftKind;
  readonly values: readonly string[];
  /** `api-definition` for differences with Huawei's API Explorer definition; absent for the pages'. */
  readonly source?: string;
}

/** The differences with the pages recorded under `x-doc-conflict[].differences` on these nodes (items with `source: api-definition` are the definitions'). */
export function recorded(...nodes: unknown[]): RecordedDifference[] {
  return collectRecords(nodes).filter((d) => d.source !== 'api-definition');
}

/** The differences with Huawei's API definition recorded on these nodes: only items with `source: api-definition`. */
export function definitionRecords(...nodes: unknown[]): RecordedDifference[] {
  return collectRecords(nodes).filter((d) => d.source === 'api-definition');
}

function collectRecords(nodes: readonly unknown[]): RecordedDifference[] {
  const out: RecordedDifference[] = [];
  for (const node of nodes) {
    if (!isObj(node) || !Array.isArray(node['x-doc-conflict'])) continue;
    for (const c of node['x-doc-conflict'] as unknown[]) {
      if (!isObj(c) || !Array.isArray(c.differences)) continue;
      for (const d of c.differences as unknown[]) {
        if (isObj(d) && typeof d.kind === 'string')
          out.push({
            kind: d.kind as DriftKind,
            values: Array.isArray(d.values) ? d.values.map(String) : [],
            ...(typeof d.source === 'string' ? { source: d.source } : {}),
          });
      }
    }
  }
  return out;
}

/** Known when one recorded difference has this kind and exactly these values (order aside). */
export function isRecorded(records: readonly RecordedDifference[], kind: DriftKind, values: readonly string[]): boolean {
  const want = [...values].sort().join('\u0000');
  return records.some((r) => r.kind === kind && [...r.values].sort().join('\u0000') === want);
}

/** For kinds about values (enum values, field names, statuses): each value a record of this kind lists is known on its own. */
export function recordedValues(records: readonly RecordedDifference[], kind: DriftKind): Set<string> {
  return new Set(records.filter((r) => r.kind === kind).flatMap((r) => r.values));
}
