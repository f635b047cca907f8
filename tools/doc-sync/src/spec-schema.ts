/**
 * The spec's side of a definition comparison: a schema of the bundled document read the way the
 * comparison needs it. A node's "chain" is the node, the component its `$ref` names, and its
 * `allOf` members (recursively): keywords come from the first node of the chain that has them,
 * properties and required names from all of them. `oneOf`/`anyOf`/`if` branches are conditional
 * and not read. Each node knows where it is written, for `file:line #pointer`.
 */
import type { Place, SpecIndex } from './locate.js';

type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const escapeToken = (t: string): string => t.replace(/~/g, '~0').replace(/\//g, '~1');

/** Where a node is written: inside a component (by name) or inside an operation. */
export type Loc =
  | { readonly component: string; readonly pointer: string }
  | { readonly path: string; readonly method: string; readonly pointer: string };

export interface Link {
  readonly node: Json;
  readonly loc: Loc;
}

export const sub = (loc: Loc, inner: string): Loc => ({ ...loc, pointer: `${loc.pointer}${inner}` });

export function placeOf(index: SpecIndex, loc: Loc, inner = ''): Place {
  return 'component' in loc
    ? index.component(loc.component, loc.pointer + inner)
    : index.operation(loc.path, loc.method, loc.pointer + inner);
}

/** The component a bundled `$ref` names (`#/components/<kind>/<name>`). */
export function refTarget(doc: Json, ref: unknown): { name: string; node: unknown } | undefined {
  if (typeof ref !== 'string') return undefined;
  const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
  if (!m) return undefined;
  const name = m[2]!.replace(/~1/g, '/').replace(/~0/g, '~');
  const group = (doc.components as Json | undefined)?.[m[1]!];
  return { name, node: isObj(group) ? group[name] : undefined };
}

/** A node followed through `$ref`s (parameters, responses): the last node and where it is written. */
export function follow(doc: Json, node: unknown, loc: Loc): Link | undefined {
  let n = node;
  let at = loc;
  for (let i = 0; i < 16 && isObj(n) && typeof n.$ref === 'string'; i++) {
    const t = refTarget(doc, n.$ref);
    if (!t) return undefined;
    n = t.node;
    at = { component: t.name, pointer: '' };
  }
  return isObj(n) ? { node: n, loc: at } : undefined;
}

export function chain(doc: Json, node: unknown, loc: Loc, seen: Set<string> = new Set()): Link[] {
  if (!isObj(node)) return [];
  const out: Link[] = [{ node, loc }];
  const t = refTarget(doc, node.$ref);
  if (t && !seen.has(t.name)) {
    seen.add(t.name);
    out.push(...chain(doc, t.node, { component: t.name, pointer: '' }, seen));
  }
  if (Array.isArray(node.allOf)) node.allOf.forEach((m, i) => out.push(...chain(doc, m, sub(loc, `/allOf/${i}`), seen)));
  return out;
}

/** The first node of a chain that has this keyword. */
export const holder = (links: readonly Link[], key: string): Link | undefined => links.find((l) => key in l.node);

/** The JSON type a chain gives its values: `type` (null aside), else what `properties` or `items` imply. */
export function specType(links: readonly Link[]): string | undefined {
  const t = holder(links, 'type')?.node.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) {
    const rest = t.filter((x) => x !== 'null');
    return rest.length === 1 ? String(rest[0]) : rest.length > 1 ? rest.join('|') : undefined;
  }
  if (holder(links, 'properties')) return 'object';
  if (holder(links, 'items')) return 'array';
  return undefined;
}

/** An object chain's properties (first definition of a name wins) and required names. */
export function objectView(links: readonly Link[]): { properties: Map<string, Link>; required: Set<string> } {
  const properties = new Map<string, Link>();
  const required = new Set<string>();
  for (const l of links) {
    if (isObj(l.node.properties))
      for (const [name, p] of Object.entries(l.node.properties))
        if (!properties.has(name))
          properties.set(name, { node: isObj(p) ? p : {}, loc: sub(l.loc, `/properties/${escapeToken(name)}`) });
    if (Array.isArray(l.node.required)) for (const r of l.node.required) required.add(String(r));
  }
  return { properties, required };
}
