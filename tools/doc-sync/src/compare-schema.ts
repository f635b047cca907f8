/**
 * One schema of a definition against the spec's schema for the same place, field by field:
 * type, format, bounds, pattern, default, enum, then properties (added, removed, required) and
 * items, recursively. Request fields the definition marks readOnly, and fields it marks
 * `x-is_inner_param`, are not part of the public API: neither side's copy of them is compared.
 * A finding is known when the node it points at (or the schema that node `$ref`s) records it in
 * an `x-doc-conflict` item with `source: api-definition` and exactly its kind and values.
 */
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { type DriftKind, enumFindings, type Finding, impactOf } from './compare.js';
import { type DefSchema, defType, type FlatSchema, fact, flatten } from './definition.js';
import { openApiSchema } from './draft-definition.js';
import type { SpecIndex } from './locate.js';
import { definitionRecords, isRecorded, recordedValues } from './records.js';
import { chain, holder, isObj, type Link, objectView, placeOf, specType } from './spec-schema.js';

type Json = Record<string, unknown>;

export interface SchemaWalk {
  readonly doc: Json;
  readonly index: SpecIndex;
  readonly defs: Readonly<Record<string, DefSchema>>;
  readonly section: 'request' | 'response';
  readonly out: Finding[];
  /** Pairs already compared (definition node → spec node), so recursive schemas end. */
  readonly seen: Set<string>;
  /** Nodes whose records also count for this schema's own findings (the operation and parameter of a parameter's schema). */
  readonly also?: readonly unknown[];
}

/** A value as a record's `values` item: strings as they are, anything else as JSON. */
export const valueText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

const LENGTHS: Record<string, readonly [string, string]> = {
  string: ['minLength', 'maxLength'],
  array: ['minItems', 'maxItems'],
  object: ['minProperties', 'maxProperties'],
};

/** A lower or upper numeric bound as [keyword, value]: exclusive ones under their own keyword (Swagger 2.0's boolean form read). */
function numericBound(side: 'min' | 'max', get: (k: string) => unknown): [string, number] | undefined {
  const [plain, exclusive] = side === 'min' ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
  const ex = get(exclusive);
  const v = get(plain);
  if (typeof ex === 'number') return [exclusive, ex];
  if (typeof v === 'number') return [ex === true ? exclusive : plain, v];
  return undefined;
}

function defRequestHidden(p: DefSchema, defs: Readonly<Record<string, DefSchema>>): boolean {
  return p.readOnly === true || flatten(p, defs).node.readOnly === true;
}

export function compareSchema(def: DefSchema, links: readonly Link[], label: string, walk: SchemaWalk): void {
  if (links.length === 0) return;
  const key = `${def.ref ?? def.pointer}→${JSON.stringify(links[0]!.loc)}`;
  if (walk.seen.has(key)) return;
  walk.seen.add(key);
  const flat = flatten(def, walk.defs);
  const records = definitionRecords(...links.map((l) => l.node), ...(walk.also ?? []));
  // The keyword's own line when the spec states it, else the schema that would take it.
  const at = (k: string) => {
    const h = holder(links, k);
    return h ? placeOf(walk.index, h.loc, `/${k}`) : placeOf(walk.index, links[0]!.loc);
  };
  const push = (
    kind: DriftKind,
    values: readonly string[],
    message: string,
    where: ReturnType<typeof at>,
    detail: Parameters<typeof impactOf>[1] = {},
  ) =>
    walk.out.push({
      kind,
      impact: impactOf(kind, { section: walk.section, ...detail }),
      message: `${walk.section} ${label}: ${message}`,
      where,
      known: isRecorded(records, kind, values),
      values,
    });

  const type = defType(flat);
  const spec = specType(links);
  if (type !== undefined && spec !== type) {
    push('type-changed', [type], `${type} in the definition, ${spec ?? 'any type'} in the spec`, at('type'), {
      widened: spec === 'integer' && type === 'number',
    });
    return;
  }
  const specGet = (k: string) => holder(links, k)?.node[k];
  const format = fact(flat, 'format');
  if (format !== specGet('format'))
    push(
      'format-changed',
      [format ?? 'none'],
      `format ${format ?? 'none'} in the definition, ${String(specGet('format') ?? 'none')} in the spec`,
      at('format'),
      { tighter: format !== undefined },
    );

  const defBound = (k: string) => {
    for (const n of flat.nodes) if ((n.bounds as Json)[k] !== undefined) return (n.bounds as Json)[k];
    return undefined;
  };
  const trivial = (k: string, v: unknown) => (k.startsWith('min') && k !== 'minimum' && v === 0 ? undefined : v);
  const lengths = type ? LENGTHS[type] : undefined;
  if (lengths) {
    for (const [i, k] of lengths.entries()) {
      const d = trivial(k, defBound(k));
      const s = trivial(k, specGet(k));
      if (d === s) continue;
      const tighter = typeof d === 'number' && (typeof s !== 'number' || (i === 0 ? d > s : d < s));
      push(
        'bound-changed',
        [k, d === undefined ? 'none' : String(d)],
        `${k} ${d ?? 'none'} in the definition, ${String(s ?? 'none')} in the spec`,
        at(k),
        { tighter },
      );
    }
  }
  if (type === 'integer' || type === 'number') {
    for (const side of ['min', 'max'] as const) {
      const d = numericBound(side, defBound);
      const s = numericBound(side, specGet);
      if (isDeepStrictEqual(d, s)) continue;
      const kw = d?.[0] ?? s![0].replace('exclusiveM', 'm');
      const tighter =
        d !== undefined &&
        (s === undefined ||
          (side === 'min' ? d[1] > s[1] : d[1] < s[1]) ||
          (d[1] === s[1] && d[0] !== s[0] && d[0].startsWith('exclusive')));
      push(
        'bound-changed',
        [kw, d ? String(d[1]) : 'none'],
        `${kw} ${d?.[1] ?? 'none'} in the definition, ${s ? `${s[0]} ${s[1]}` : 'none'} in the spec`,
        at(s?.[0] ?? kw),
        { tighter },
      );
    }
  }
  const pattern = fact(flat, 'pattern');
  if (type === 'string' && pattern !== specGet('pattern'))
    push(
      'pattern-changed',
      [pattern ?? 'none'],
      `pattern ${pattern === undefined ? 'none' : `/${pattern}/`} in the definition, ${specGet('pattern') === undefined ? 'none' : `/${String(specGet('pattern'))}/`} in the spec`,
      at('pattern'),
      { tighter: pattern !== undefined },
    );
  const withDefault = flat.nodes.find((n) => n.hasDefault);
  const specDefault = holder(links, 'default');
  if (
    (withDefault !== undefined) !== (specDefault !== undefined) ||
    (withDefault && !isDeepStrictEqual(withDefault.default, specDefault!.node.default))
  ) {
    const d = withDefault ? valueText(withDefault.default) : 'none';
    push(
      'default-changed',
      [d],
      `default ${d} in the definition, ${specDefault ? valueText(specDefault.node.default) : 'none'} in the spec`,
      at('default'),
    );
  }
  compareEnum(flat, type, links, label, walk, records);

  if (type === 'object') compareObject(flat, links, label, walk);
  const items = fact(flat, 'items');
  const specItems = holder(links, 'items');
  if (type === 'array' && items && specItems)
    compareSchema(
      items,
      chain(walk.doc, specItems.node.items, { ...specItems.loc, pointer: `${specItems.loc.pointer}/items` }),
      `${label}[]`,
      walk,
    );
  const extra = fact(flat, 'additionalProperties');
  const specExtra = holder(links, 'additionalProperties');
  if (isObj(extra) && specExtra && isObj(specExtra.node.additionalProperties))
    compareSchema(
      extra as DefSchema,
      chain(walk.doc, specExtra.node.additionalProperties, {
        ...specExtra.loc,
        pointer: `${specExtra.loc.pointer}/additionalProperties`,
      }),
      `${label}{}`,
      walk,
    );
}

function compareEnum(
  flat: FlatSchema,
  type: string | undefined,
  links: readonly Link[],
  label: string,
  walk: SchemaWalk,
  records: ReturnType<typeof definitionRecords>,
): void {
  const raw = fact(flat, 'enum');
  // `enum: [true, false]` on a boolean restricts nothing.
  const defEnum = raw && !(type === 'boolean' && raw.includes(true) && raw.includes(false)) ? raw.map(valueText) : undefined;
  const holderLink = holder(links, 'enum') ?? holder(links, 'const');
  const specEnum = holderLink
    ? (Array.isArray(holderLink.node.enum) ? holderLink.node.enum : [holderLink.node.const]).map(valueText)
    : undefined;
  if (!defEnum && !specEnum) return;
  const where = holderLink
    ? placeOf(walk.index, holderLink.loc, 'enum' in holderLink.node ? '/enum' : '/const')
    : placeOf(walk.index, links[0]!.loc);
  const added = defEnum ? defEnum.filter((v) => !specEnum || !specEnum.includes(v)) : [];
  const removed = specEnum ? specEnum.filter((v) => !defEnum || !defEnum.includes(v)) : [];
  const prefix = `${walk.section} ${label}`;
  enumFindings(
    'enum-added',
    added,
    recordedValues(records, 'enum-added'),
    (vals) =>
      `${prefix}: the definition ${specEnum ? 'lists' : 'restricts it to'} ${vals.join(', ')}${specEnum ? ', which the spec lacks' : ''}`,
    where,
    undefined,
    walk.section,
    walk.out,
  );
  enumFindings(
    'enum-removed',
    removed,
    recordedValues(records, 'enum-removed'),
    (vals) =>
      `${prefix}: the spec accepts only ${vals.join(', ')}${defEnum ? ', which the definition does not list' : '; the definition takes any value'}`,
    where,
    undefined,
    walk.section,
    walk.out,
  );
}

function compareObject(flat: FlatSchema, links: readonly Link[], label: string, walk: SchemaWalk): void {
  const { properties: specProps, required: specRequired } = objectView(links);
  const records = definitionRecords(...links.map((l) => l.node));
  const propsAt = placeOf(
    walk.index,
    (holder(links, 'properties') ?? links[0]!).loc,
    holder(links, 'properties') ? '/properties' : '',
  );
  const requiredAt = placeOf(
    walk.index,
    (holder(links, 'required') ?? links[0]!).loc,
    holder(links, 'required') ? '/required' : '',
  );
  const hidden = (name: string, p: DefSchema | undefined) =>
    flat.inner.has(name) || (walk.section === 'request' && p !== undefined && defRequestHidden(p, walk.defs));
  const field = (name: string) => (label === '' ? name : `${label}.${name}`);
  for (const [name, p] of Object.entries(flat.properties)) {
    if (hidden(name, p)) continue;
    const required = flat.required.has(name);
    const spec = specProps.get(name);
    if (!spec) {
      const t = defType(flatten(p, walk.defs));
      const yaml = stringify(
        { [name]: { ...openApiSchema(p, walk.section === 'request'), 'x-source': 'api-definition' } },
        { lineWidth: 0 },
      ).trimEnd();
      walk.out.push({
        kind: 'field-added',
        impact: impactOf('field-added', { section: walk.section, mandatory: required }),
        message: `${walk.section} ${field(name)} (${p.ref ?? t ?? 'any'}${required ? ', required' : ''}) is in the definition, not in the spec`,
        where: propsAt,
        known: recordedValues(records, 'field-added').has(name),
        values: [name],
        suggestion: `${yaml}${required ? `\n# and add ${name} to required` : ''}`,
      });
      continue;
    }
    if (required !== specRequired.has(name)) {
      const state = required ? 'required' : 'optional';
      walk.out.push({
        kind: 'required-changed',
        impact: impactOf('required-changed', { mandatory: required }),
        message: `${walk.section} ${field(name)} is ${state} in the definition, ${required ? 'optional' : 'required'} in the spec`,
        where: requiredAt,
        known: isRecorded(records, 'required-changed', [name, state]),
        values: [name, state],
      });
    }
    compareSchema(p, chain(walk.doc, spec.node, spec.loc), field(name), walk);
  }
  for (const [name, spec] of specProps) {
    if (name in flat.properties || hidden(name, undefined)) continue;
    walk.out.push({
      kind: 'field-removed',
      impact: impactOf('field-removed'),
      message: `${walk.section} ${field(name)} is in the spec, not in the definition`,
      where: placeOf(walk.index, spec.loc),
      known: recordedValues(records, 'field-removed').has(name),
      values: [name],
    });
  }
}
