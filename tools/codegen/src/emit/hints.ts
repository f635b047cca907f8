/**
 * The spec's own wording of its `not` rules (`description` beside the `not`), which the validators
 * show instead of Ajv's generic "must not be valid". Keyed by the schema path Ajv reports, which
 * is relative to the component schema that holds the rule; each operation carries only the rules
 * of the components its schemas reach, so a module (and a bundle) holds no wording it cannot use.
 */

import { SPEC_ID, schemaId } from '../json-schema.js';
import type { OperationModel, SpecModel } from '../model.js';
import { escapeToken } from '../pointer.js';

type Hints = ReadonlyMap<string, string>;

/** Each component's `not` wordings by schema path; components without any are absent. */
const BY_COMPONENT = new WeakMap<SpecModel, Map<string, Hints>>();
function hintsByComponent(model: SpecModel): Map<string, Hints> {
  let table = BY_COMPONENT.get(model);
  if (table) return table;
  table = new Map();
  for (const [name, schema] of Object.entries(model.schemas)) {
    const found = new Map<string, string>();
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((v, i) => walk(v, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        if (k.startsWith('x-') || k === 'examples' || k === 'enum') continue;
        const here = `${path}/${escapeToken(k)}`;
        const text = k === 'not' ? (v as { description?: unknown } | null)?.description : undefined;
        if (typeof text === 'string') found.set(here, text.replace(/`/g, '').replace(/\.$/, ''));
        walk(v, here);
      }
    };
    walk(schema, '#');
    if (found.size > 0) table.set(name, found);
  }
  BY_COMPONENT.set(model, table);
  return table;
}

const TARGETS = new WeakMap<SpecModel, Map<string, string>>();
/** `#/$defs/<token>` (how the validators' schemas refer to a component, json-schema.ts) → the component's name; one table per model. */
function refTarget(model: SpecModel): (ref: string) => string | undefined {
  let names = TARGETS.get(model);
  if (!names) {
    names = new Map(Object.keys(model.jsonSchemas).map((n) => [schemaId(n).slice(SPEC_ID.length), n]));
    TARGETS.set(model, names);
  }
  const table = names;
  return (ref) => table.get(ref);
}

/** The components an operation's schemas reach through `$ref`s, directly or not. */
function reached(model: SpecModel, op: OperationModel, target: (ref: string) => string | undefined): Set<string> {
  const seen = new Set<string>();
  const stack: unknown[] = [
    op.body?.primary.jsonSchema,
    ...op.responses.map((r) => r.primary?.jsonSchema),
    ...op.parameters.map((p) => p.jsonSchema),
  ];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        const name = k === '$ref' && typeof v === 'string' ? target(v) : undefined;
        if (name !== undefined && !seen.has(name)) {
          seen.add(name);
          stack.push(model.jsonSchemas[name]);
        } else if (typeof v === 'object' && v !== null) stack.push(v);
      }
    }
  }
  return seen;
}

/**
 * The wordings an operation can meet. A path two reached components word differently is left
 * out (the generic message is used there). Empty for a spec without worded `not` rules, without
 * walking anything.
 */
export function operationHints(model: SpecModel, op: OperationModel): Record<string, string> {
  const table = hintsByComponent(model);
  if (table.size === 0) return {};
  const merged = new Map<string, string | null>();
  for (const name of [...reached(model, op, refTarget(model))].sort()) {
    for (const [path, text] of table.get(name) ?? []) {
      const before = merged.get(path);
      merged.set(path, before === undefined || before === text ? text : null);
    }
  }
  return Object.fromEntries([...merged].filter((e): e is [string, string] => e[1] !== null).sort(([a], [b]) => (a < b ? -1 : 1)));
}
