/**
 * fast-check arbitraries built from the spec's request schemas: bodies that follow the schema
 * (mostly valid), and one-step mutations of them (mostly invalid). Covers the keywords the spec
 * uses; `not` and `if` are left to chance, which is fine: only verdict agreement is tested.
 */
import fc from 'fast-check';

type Schema = Record<string, unknown>;
const isObj = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

export function schemaArbitrary(defs: Record<string, Schema>, root: Schema): fc.Arbitrary<unknown> {
  const deref = (s: Schema): Schema => (typeof s.$ref === 'string' ? deref(defs[s.$ref.split('/').pop() ?? ''] ?? {}) : s);

  const merge = (a: Schema, b: Schema): Schema => {
    const out: Schema = { ...a, ...b };
    if (isObj(a.properties) || isObj(b.properties)) {
      const pa = (a.properties ?? {}) as Record<string, Schema>;
      const pb = (b.properties ?? {}) as Record<string, Schema>;
      const props: Record<string, Schema> = { ...pa };
      // A branch that only narrows a property (`minLength: 1`) keeps the property's own definition.
      for (const [k, v] of Object.entries(pb)) props[k] = k in pa ? merge(deref(pa[k] ?? {}), deref(v)) : v;
      out.properties = props;
    }
    if (Array.isArray(a.required) || Array.isArray(b.required))
      out.required = [...new Set([...((a.required as string[]) ?? []), ...((b.required as string[]) ?? [])])];
    return out;
  };

  const arb = (input: Schema, depth: number): fc.Arbitrary<unknown> => {
    let s = deref(input);
    if (Array.isArray(s.allOf)) {
      const { allOf, ...rest } = s;
      s = (allOf as Schema[]).reduce((acc, part) => merge(acc, deref(part)), rest as Schema);
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(s[key])) {
        const { [key]: branches, ...rest } = s;
        return fc.oneof(...(branches as Schema[]).map((b) => arb(merge(rest, deref(b)), depth)));
      }
    }
    if ('const' in s) return fc.constant(s.const);
    if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
    switch (s.type) {
      case 'object': {
        const props = (s.properties ?? {}) as Record<string, Schema>;
        const required = new Set((s.required as string[]) ?? []);
        const keys = Object.keys(props).filter((k) => required.has(k) || depth < 4);
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const k of keys) record[k] = arb(props[k] ?? {}, depth + 1);
        return fc.record(record, { requiredKeys: keys.filter((k) => required.has(k)) });
      }
      case 'array': {
        const minLength = Number(s.minItems ?? 0);
        return fc.array(arb((s.items as Schema) ?? {}, depth + 1), {
          minLength,
          maxLength: Math.max(minLength, depth < 3 ? 2 : 1),
        });
      }
      case 'integer': {
        const min = Number(s.minimum ?? -1000);
        const max = Number(s.maximum ?? 100_000);
        const step = Number(s.multipleOf ?? 1);
        return fc.integer({ min: Math.ceil(min / step), max: Math.floor(max / step) }).map((n) => n * step);
      }
      case 'boolean':
        return fc.boolean();
      case 'string': {
        if (s.format === 'email') return fc.constantFrom('alice@example.com', 'ops.team@corp.example.org');
        if (s.format === 'date-time') return fc.constantFrom('2022-05-11T11:45:42.000Z', '2026-11-22T08:00:00Z');
        const maxLength = Math.min(Number(s.maxLength ?? 24), 24);
        const minLength = Number(s.minLength ?? 0);
        if (typeof s.pattern === 'string') {
          // Cut to length, then keep only what still matches (a cut can leave, say, a trailing space).
          const re = new RegExp(s.pattern, 'u');
          return fc
            .stringMatching(new RegExp(s.pattern))
            .map((v) => v.slice(0, Math.max(maxLength, minLength)))
            .filter((v) => re.test(v));
        }
        return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) });
      }
      default:
        return fc.constant(null);
    }
  };
  return arb(root, 0);
}

/** Paths of every node of a JSON value. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (isObj(value)) for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

const REPLACEMENTS: unknown[] = ['', 'a b', 85, 70, 0, -1, 1.5, true, null, [], {}, 'x'.repeat(300), 'zz_unknown'];

/** One random edit: remove a property, replace a value, or add an unknown property. */
export function mutate(value: unknown, pick: number, kind: number): unknown {
  const copy = structuredClone(value);
  const all = paths(copy);
  const path = all[pick % all.length] ?? [];
  if (path.length === 0) return kind % 2 === 0 ? REPLACEMENTS[kind % REPLACEMENTS.length] : copy;
  const parent = path.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], copy) as Record<
    string | number,
    unknown
  >;
  const key = path[path.length - 1] as string | number;
  if (kind % 5 === 0 && !Array.isArray(parent)) delete parent[key];
  else if (kind % 5 === 1 && isObj(parent[key])) (parent[key] as Schema).zz_unknown = 1;
  else parent[key] = REPLACEMENTS[kind % REPLACEMENTS.length];
  return copy;
}
