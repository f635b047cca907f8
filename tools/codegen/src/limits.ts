/**
 * Part of stage 1, load: limits checked on each spec file as soon as it is parsed, before Redocly
 * resolves anything in it, in time and memory linear in the file. Redocly follows a chain of
 * `$ref`s that point at further `$ref`s once per link it passes (2,000 links took 76 s and 4.5 GB)
 * and throws on a cycle of nothing but `$ref`s; its parser stops at nesting deeper than 100. Each is
 * refused as a spec error at `file:line`. Chains are followed within one file (a chain across
 * files is cut at each file's edge, so it is bounded by MAX_REF_CHAIN per file).
 */
import { relative } from 'node:path';
import { SpecError } from './errors.js';
import { isObject } from './json-schema.js';
import { parsePointer, toPointer } from './pointer.js';
import { placeOf } from './positions.js';

/** Nesting of mappings and sequences Redocly's YAML parser accepts. */
export const MAX_NESTING = 100;
/** Longest chain of `$ref`s each pointing at another `$ref` (`A: { $ref: B }`, `B: { $ref: C }`…). */
export const MAX_REF_CHAIN = 32;
/**
 * Deepest nesting through `$ref`s (`A` holds a `$ref` to `B`, which holds one to `C`…), counted
 * without going round a cycle. Redocly walks it by recursion: 2,000 levels overflow its stack.
 */
export const MAX_REF_NESTING = 100;

interface RefNode {
  /** JSON pointer of the object holding the `$ref`. */
  readonly pointer: string;
  /** The `$ref` as written. */
  readonly ref: string;
  /** JSON pointer of its target, when it is in the same file. */
  readonly target?: string;
}

/** Every object holding a string `$ref`, found without recursion. */
function refsOf(document: unknown): Map<string, RefNode> {
  const refs = new Map<string, RefNode>();
  const stack: { node: unknown; pointer: string }[] = [{ node: document, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop() as { node: unknown; pointer: string };
    if (Array.isArray(node)) {
      node.forEach((v, i) => stack.push({ node: v, pointer: `${pointer}/${i}` }));
      continue;
    }
    if (!isObject(node)) continue;
    if (typeof node.$ref === 'string') {
      const ref = node.$ref;
      let target: string | undefined;
      try {
        target = ref.startsWith('#') ? toPointer(parsePointer(ref)) : undefined;
      } catch {
        /* malformed percent-escape: Redocly reports the ref */
      }
      refs.set(pointer, { pointer, ref, ...(target !== undefined ? { target } : {}) });
    }
    for (const [k, v] of Object.entries(node))
      if (typeof v === 'object' && v !== null)
        stack.push({ node: v, pointer: `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}` });
  }
  return refs;
}

/**
 * `file:line` of a `$ref`: found by its text when it is written once in the file, on a line with
 * `$ref` (fast), else through the YAML tree (exact, slower; only ever on the way to an error).
 */
function placeOfRef(file: string, source: string, ref: RefNode): string {
  const first = source.indexOf(ref.ref);
  const start = source.lastIndexOf('\n', first) + 1;
  if (first !== -1 && source.indexOf(ref.ref, first + 1) === -1 && source.slice(start, first).includes('$ref')) {
    let line = 1;
    for (let i = source.indexOf('\n'); i !== -1 && i < first; i = source.indexOf('\n', i + 1)) line++;
    return `${file}:${line}`;
  }
  return placeOf(file, source, ref.pointer);
}

/** `$ref` chains longer than MAX_REF_CHAIN and cycles of nothing but `$ref`s in one parsed file. */
export function checkRefChains(absolutePath: string, source: string, document: unknown, cwd: string): SpecError[] {
  const file = relative(cwd, absolutePath).split('\\').join('/');
  const refs = refsOf(document);
  const errors: SpecError[] = [];
  // Longest chain from each $ref through $refs whose target is itself a $ref; iterative, memoised.
  const length = new Map<string, number>();
  for (const start of refs.keys()) {
    if (length.has(start)) continue;
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | undefined = start;
    while (at !== undefined && refs.has(at) && !length.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = refs.get(at)?.target;
    }
    if (at !== undefined && onPath.has(at)) {
      const cycle = path.slice(path.indexOf(at));
      const names = [...cycle, at].map((p) => `#${p}`).join(' → ');
      errors.push(
        new SpecError(
          placeOfRef(file, source, refs.get(at) as RefNode),
          `$ref cycle of nothing but $refs: ${names}. It describes no value; point one of them at a schema.`,
        ),
      );
      for (const p of path) length.set(p, Number.POSITIVE_INFINITY);
      continue;
    }
    let n = at !== undefined ? (length.get(at) ?? 0) : 0;
    for (let i = path.length - 1; i >= 0; i--) length.set(path[i] as string, ++n);
  }
  // One error per chain: at its head (a $ref no other over-long chain points at).
  const targets = new Set([...refs.values()].filter((r) => (length.get(r.pointer) ?? 0) > MAX_REF_CHAIN).map((r) => r.target));
  for (const [pointer, n] of length) {
    if (n <= MAX_REF_CHAIN || !Number.isFinite(n) || targets.has(pointer)) continue;
    const ref = refs.get(pointer) as RefNode;
    errors.push(
      new SpecError(
        placeOfRef(file, source, ref),
        `a chain of ${n} $refs from #${pointer}, each pointing at another $ref (at most ${MAX_REF_CHAIN}). Point the $ref at the schema itself.`,
      ),
    );
  }
  // A chain is nesting too: said once, as a chain.
  return errors.length > 0 ? errors : nestingErrors(file, source, refs);
}

/**
 * Nesting through `$ref`s: the `$ref`s inside each target (the nearest enclosing place some `$ref`
 * points at, else the document) lead one level deeper, to their own targets. The deepest path
 * (memoised, a cycle cut where it closes) over MAX_REF_NESTING is an error at its first `$ref`.
 */
function nestingErrors(file: string, source: string, refs: ReadonlyMap<string, RefNode>): SpecError[] {
  const targets = new Set([...refs.values()].flatMap((r) => (r.target !== undefined ? [r.target] : [])));
  const inside = new Map<string, RefNode[]>();
  for (const ref of refs.values()) {
    let at = ref.pointer;
    while (at !== '' && !targets.has(at)) at = at.slice(0, at.lastIndexOf('/'));
    const list = inside.get(at);
    if (list) list.push(ref);
    else inside.set(at, [ref]);
  }
  const depth = new Map<string, number>();
  const deepest = new Map<string, RefNode>();
  const onStack = new Set<string>();
  for (const root of ['', ...targets]) {
    if (depth.has(root)) continue;
    const work: { target: string; i: number }[] = [{ target: root, i: 0 }];
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { target: string; i: number };
      const children = inside.get(frame.target) ?? [];
      if (frame.i < children.length) {
        const next = (children[frame.i++] as RefNode).target;
        if (next !== undefined && !depth.has(next) && !onStack.has(next)) {
          onStack.add(next);
          work.push({ target: next, i: 0 });
        }
        continue;
      }
      let best = 0;
      for (const ref of children) {
        const d = ref.target !== undefined && !onStack.has(ref.target) ? (depth.get(ref.target) ?? 0) + 1 : 1;
        if (d > best) {
          best = d;
          deepest.set(frame.target, ref);
        }
      }
      depth.set(frame.target, best);
      onStack.delete(frame.target);
      work.pop();
    }
  }
  const [top, n] = [...depth].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  const first = deepest.get(top);
  if (n <= MAX_REF_NESTING || !first) return [];
  return [
    new SpecError(
      placeOfRef(file, source, first),
      `schemas nested ${n} levels deep through $refs from #${first.pointer} (at most ${MAX_REF_NESTING}). Flatten the nesting, or let the schema refer to itself instead.`,
    ),
  ];
}
