/**
 * Recursive component schemas, found on their JSON Schema form (json-schema.ts). Pure.
 * - A cycle through nothing that descends into the value (`allOf`, `anyOf`, `oneOf`, `not`,
 *   `if`/`then`/`else`, `dependentSchemas`, `$ref`) says "A is A and …": a validator loops
 *   forever on any value, so it is a spec error.
 * - A cycle that passes no object property (`A: { type: array, items: { $ref: A } }`) is fine
 *   JSON Schema, but openapi-typescript types it as `components["schemas"]["A"][]`, an indexed
 *   access TypeScript refuses to resolve through itself; the types emitter gives such schemas
 *   named types (`type A = A[]`), which TypeScript resolves lazily.
 */
import { isObject } from './json-schema.js';

/** How a `$ref` is reached from the top of a schema. */
interface Edge {
  readonly to: string;
  /** Through a keyword that applies to a part of the value (a property, an item). */
  readonly descends: boolean;
  /** Through a keyword openapi-typescript writes as an object type (properties, additionalProperties). */
  readonly inObject: boolean;
}

const OBJECT_MAPS = new Set(['properties', 'patternProperties']);
const OBJECT_ONE = new Set(['additionalProperties', 'unevaluatedProperties', 'propertyNames']);
const ARRAY_ONE = new Set(['items', 'contains', 'unevaluatedItems']);
const SAME_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SAME_ONE = new Set(['not', 'if', 'then', 'else']);

function edgesOf(schema: unknown, nameOfRef: ReadonlyMap<string, string>): Edge[] {
  const edges: Edge[] = [];
  const stack: { node: unknown; descends: boolean; inObject: boolean }[] = [{ node: schema, descends: false, inObject: false }];
  while (stack.length > 0) {
    const { node, descends, inObject } = stack.pop() as (typeof stack)[number];
    if (!isObject(node)) continue;
    const to = typeof node.$ref === 'string' ? nameOfRef.get(node.$ref) : undefined;
    if (to !== undefined) edges.push({ to, descends, inObject });
    for (const [k, v] of Object.entries(node)) {
      if (OBJECT_MAPS.has(k) && isObject(v))
        for (const s of Object.values(v)) stack.push({ node: s, descends: true, inObject: true });
      else if (OBJECT_ONE.has(k)) stack.push({ node: v, descends: true, inObject: true });
      else if (ARRAY_ONE.has(k)) stack.push({ node: v, descends: true, inObject });
      else if (k === 'prefixItems' && Array.isArray(v)) for (const s of v) stack.push({ node: s, descends: true, inObject });
      else if (SAME_LISTS.has(k) && Array.isArray(v)) for (const s of v) stack.push({ node: s, descends, inObject });
      else if (SAME_ONE.has(k)) stack.push({ node: v, descends, inObject });
      else if (k === 'dependentSchemas' && isObject(v))
        for (const s of Object.values(v)) stack.push({ node: s, descends, inObject });
    }
  }
  return edges;
}

/** Strongly connected components that hold a cycle (Tarjan's algorithm, without recursion). */
function cyclicComponents(nodes: readonly string[], successors: (n: string) => readonly string[]): string[][] {
  const cache = new Map<string, readonly string[]>();
  const next = (n: string): readonly string[] => {
    let s = cache.get(n);
    if (!s) cache.set(n, (s = successors(n)));
    return s;
  };
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; i: number }[] = [{ node: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; i: number };
      const succ = next(frame.node);
      if (frame.i < succ.length) {
        const w = succ[frame.i++] as string;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, i: 0 });
        } else if (onStack.has(w)) low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(w) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const scc: string[] = [];
        let w: string | undefined;
        do {
          w = stack.pop() as string;
          onStack.delete(w);
          scc.push(w);
        } while (w !== frame.node);
        if (scc.length > 1 || succ.includes(frame.node)) out.push(scc.reverse());
      }
    }
  }
  return out;
}

export interface Recursion {
  /** Each group of component schemas that contain each other without descending into the value. */
  readonly selfContaining: readonly (readonly string[])[];
  /** Component schemas on a cycle that passes no object property: typed by name. */
  readonly namedTypes: ReadonlySet<string>;
}

/** `nameOfRef`: each component's `$ref` as its JSON Schema form writes it → the component's name. */
export function findRecursion(jsonSchemas: Readonly<Record<string, unknown>>, nameOfRef: ReadonlyMap<string, string>): Recursion {
  const names = Object.keys(jsonSchemas);
  const edges = new Map(names.map((n) => [n, edgesOf(jsonSchemas[n], nameOfRef)]));
  const along = (keep: (e: Edge) => boolean) => (n: string) => (edges.get(n) ?? []).filter(keep).map((e) => e.to);
  return {
    selfContaining: cyclicComponents(
      names,
      along((e) => !e.descends),
    ),
    namedTypes: new Set(
      cyclicComponents(
        names,
        along((e) => !e.inObject),
      ).flat(),
    ),
  };
}

/** The message for a group of schemas that contain each other without descending. */
export function selfContaining(group: readonly string[]): string {
  const cycle = [...group, group[0]].map((name) => `#/components/schemas/${name}`).join(' → ');
  return `${cycle} contains itself without a property or item between: a value would have to be itself, and a validator would loop forever. Put the reference under a property or items, or remove it.`;
}
