/**
 * Whether a backtracking engine (JavaScript's) can take more than linear time on a `pattern`
 * (ReDoS). The pattern becomes a position automaton (one state per character position, one edge
 * per way of going from one position to the next, so `(a+)+` has two a→a edges), searched as
 * `RegExp.test` does: an implicit any-character prefix when the pattern is not anchored with `^`,
 * and success as soon as the last position is reached when it is not anchored with `$`.
 * A failing match makes the engine try every path, so (Weideman et al., 2016):
 * - exponential: two different paths lead from a state back to itself on the same word;
 * - polynomial: states p ≠ q with p→p, p→q and q→q on one word (`.*x.*y` on many x's).
 * Otherwise the pattern is linear. Character sets are compared exactly on ASCII and as "may
 * overlap" beyond it, so a doubt counts against the pattern. Pure.
 */
import { parseRegex, type RegexNode, topAlternatives } from './regex.js';

export type Backtracking =
  | { readonly verdict: 'linear' }
  /** `blame`: the repetition (its source) whose iterations can split one string in many ways. */
  | { readonly verdict: 'exponential'; readonly blame: string; readonly reason: string }
  /** `blame`: the two repetitions that can both take the same text. */
  | { readonly verdict: 'polynomial'; readonly blame: string; readonly reason: string }
  | { readonly verdict: 'unknown'; readonly blame: string; readonly reason: string };

/**
 * Beyond ASCII a set is tracked only as far as Unicode properties tell: none, any (unknown, may
 * overlap anything), or the union of some properties (`\\p{…}`), or everything but them (`[^\\p{…}]`).
 * So `[^\\p{Script=Han}]*[\\p{Script=Han}]` is seen to split one way only.
 */
type Beyond = 'none' | 'any' | { readonly neg: boolean; readonly props: ReadonlySet<string> };

interface CharSet {
  readonly ascii: bigint;
  readonly other: Beyond;
}
interface Edge {
  readonly to: number;
  /** The repetition that made this edge (a loop back), or undefined for a plain step. */
  readonly by: Span | undefined;
}
interface Span {
  readonly start: number;
  readonly end: number;
}

const ANY: CharSet = { ascii: (1n << 128n) - 1n, other: 'any' };
const NON_ASCII_SAMPLE = [
  '\u00a0',
  '\u00e9',
  '\u0394',
  '\u0416',
  '\u05d0',
  '\u0627',
  '\u0e01',
  '\u2028',
  '\u3000',
  '\u4e2d',
  '\uac00',
  '\ufeff',
  '\u{1f600}',
];
const MAX_STATES = 400;
const MAX_WORK = 2_000_000;

/** The non-ASCII part of a class or escape made of ASCII items and `\\p{…}` only; undefined otherwise. */
function properties(src: string): Beyond | undefined {
  const single = /^\\([pP])(\{[^}]*\})$/.exec(src);
  if (single) return { neg: single[1] === 'P', props: new Set([single[2] as string]) };
  const cls = /^\[(\^?)(.*)\]$/s.exec(src);
  if (!cls) return undefined;
  const props = new Set<string>();
  const body = (cls[2] as string).replace(/\\p(\{[^}]*\})/g, (_m: string, p: string) => {
    props.add(p);
    return '';
  });
  // What is left must reach no character beyond ASCII (\s and \S do, as do \W, \D, \P{…} and escapes of code points).
  if (/[^\x00-\x7f]|\\[uxcPsSWD]/.test(body)) return undefined;
  if (cls[1] === '^') return { neg: true, props };
  return props.size > 0 ? { neg: false, props } : 'none';
}

function charSet(src: string): CharSet {
  if (src === '.') return { ascii: ANY.ascii & ~((1n << 10n) | (1n << 13n)), other: 'any' };
  const re = new RegExp(`^(?:${src})$`, 'u');
  let ascii = 0n;
  for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) ascii |= 1n << BigInt(c);
  const known = properties(src);
  if (known !== undefined) return { ascii, other: known };
  const other = /[^\x00-\x7f]|\\[uxpPSWD]|\[\^/.test(src) || NON_ASCII_SAMPLE.some((c) => re.test(c));
  return { ascii, other: other ? 'any' : 'none' };
}

function meetBeyond(a: Beyond, b: Beyond): Beyond {
  if (a === 'none' || b === 'none') return 'none';
  if (a === 'any') return b;
  if (b === 'any') return a;
  if (a.neg && b.neg) return { neg: true, props: new Set([...a.props, ...b.props]) };
  if (!a.neg && !b.neg) return 'any'; // two properties may share characters: assume they do
  const [pos, neg] = a.neg ? [b, a] : [a, b];
  const left = [...pos.props].filter((p) => !neg.props.has(p));
  return left.length === 0 ? 'none' : { neg: false, props: new Set(left) };
}
const meet = (a: CharSet, b: CharSet): CharSet => ({ ascii: a.ascii & b.ascii, other: meetBeyond(a.other, b.other) });
const empty = (s: CharSet): boolean => s.ascii === 0n && s.other === 'none';

class Automaton {
  readonly sets: CharSet[] = [ANY]; // state 0: the start (its set is never read)
  readonly edges: Edge[][] = [[]];
  readonly spans: (Span | undefined)[] = [undefined];
  readonly sources: string[] = [''];
  private budget = MAX_STATES;
  unsupported: string | undefined;

  constructor(private readonly source: string) {}

  private state(src: string, span: Span | undefined): number {
    this.sets.push(charSet(src));
    this.edges.push([]);
    this.spans.push(span);
    this.sources.push(src);
    return this.sets.length - 1;
  }

  private link(from: readonly number[], to: readonly number[], by: Span | undefined): void {
    for (const f of from) for (const t of to) this.edges[f]?.push({ to: t, by });
  }

  private size(node: RegexNode): number {
    if (node.t === 'atom') return 1;
    if (node.t === 'alt') return node.alts.reduce((n, a) => n + this.size(a), 0);
    if (node.t === 'seq') return node.items.reduce((n, a) => n + this.size(a), 0);
    if (node.t === 'rep')
      return this.size(node.node) * (Number.isFinite(node.max) ? Math.max(node.max, 1) : Math.max(node.min, 1));
    return 0;
  }

  /** Glushkov's construction: first and last positions of `node`, and whether it can match nothing. */
  build(node: RegexNode): { first: number[]; last: number[]; nullable: boolean } {
    switch (node.t) {
      case 'atom': {
        if (--this.budget < 0) this.unsupported ??= 'the pattern is too long to analyse';
        const s = this.state(node.src, node);
        return { first: [s], last: [s], nullable: false };
      }
      case 'assert':
        return { first: [], last: [], nullable: true };
      case 'look':
        if (new Automaton(this.source).hasUnboundedRepeat(node.node))
          this.unsupported ??= 'a lookaround holds a repetition without bound';
        return { first: [], last: [], nullable: true };
      case 'backref':
        this.unsupported ??= 'a backreference';
        return { first: [], last: [], nullable: true };
      case 'alt': {
        const parts = node.alts.map((a) => this.build(a));
        return {
          first: parts.flatMap((p) => p.first),
          last: parts.flatMap((p) => p.last),
          nullable: parts.some((p) => p.nullable),
        };
      }
      case 'seq':
        return this.sequence(node.items.map((item) => () => this.build(item)));
      case 'rep': {
        // E{m,n} = E…E (E (E …)?)? when small; a large bound is analysed as no bound (more paths: safe).
        const unbounded = !Number.isFinite(node.max) || this.size(node) > 24;
        const copies = unbounded ? Math.max(Math.min(node.min, 1), 0) : node.min;
        const steps = Array.from({ length: copies }, () => () => this.build(node.node));
        if (unbounded) {
          const plus = () => {
            const e = this.build(node.node);
            this.link(e.last, e.first, node);
            return e;
          };
          if (copies === 0) return { ...plus(), nullable: true };
          steps[steps.length - 1] = plus;
          return this.sequence(steps);
        }
        const optional = (k: number): { first: number[]; last: number[]; nullable: boolean } => {
          if (k === 0) return { first: [], last: [], nullable: true };
          const inner = this.sequence([() => this.build(node.node), () => optional(k - 1)]);
          return { ...inner, nullable: true };
        };
        return this.sequence([...steps, () => optional(node.max - node.min)]);
      }
    }
  }

  private sequence(parts: (() => { first: number[]; last: number[]; nullable: boolean })[]): {
    first: number[];
    last: number[];
    nullable: boolean;
  } {
    let acc = { first: [] as number[], last: [] as number[], nullable: true };
    for (const part of parts) {
      const p = part();
      this.link(acc.last, p.first, undefined);
      acc = {
        first: acc.nullable ? [...acc.first, ...p.first] : acc.first,
        last: p.nullable ? [...acc.last, ...p.last] : p.last,
        nullable: acc.nullable && p.nullable,
      };
    }
    return acc;
  }

  hasUnboundedRepeat(node: RegexNode): boolean {
    if (node.t === 'rep') return !Number.isFinite(node.max) || this.hasUnboundedRepeat(node.node);
    if (node.t === 'alt') return node.alts.some((a) => this.hasUnboundedRepeat(a));
    if (node.t === 'seq') return node.items.some((a) => this.hasUnboundedRepeat(a));
    if (node.t === 'look') return this.hasUnboundedRepeat(node.node);
    return false;
  }

  /** The search as RegExp.test runs it: prefix loop unless anchored at the start, early success unless anchored at the end. */
  searchFrom(root: RegexNode): void {
    const alts = topAlternatives(root);
    const startsAnchored = alts.every((a) => firstItem(a)?.t === 'assert' && (firstItem(a) as { src: string }).src === '^');
    const endsFree = alts.every((a) => !(lastItem(a)?.t === 'assert' && (lastItem(a) as { src: string }).src === '$'));
    const { first, last, nullable } = this.build(root);
    // A pattern that can match nothing and need not reach the end matches at the first position tried.
    if (startsAnchored || (nullable && endsFree)) this.link([0], first, undefined);
    else {
      const prefix = this.state('[\\s\\S]', undefined);
      this.link([0], [prefix], undefined);
      this.link([prefix], [prefix], { start: -1, end: -1 });
      this.link([prefix], first, undefined);
    }
    // Reaching a last position is a match when nothing follows it: the engine stops there.
    if (endsFree) for (const s of last) (this.edges[s] as Edge[]).length = 0;
  }
}

const larger = (x: Span | undefined, y: Span | undefined): Span | undefined =>
  !x ? y : !y ? x : y.end - y.start > x.end - x.start ? y : x;
const firstItem = (n: RegexNode): RegexNode | undefined => (n.t === 'seq' ? n.items[0] : n);
const lastItem = (n: RegexNode): RegexNode | undefined => (n.t === 'seq' ? n.items[n.items.length - 1] : n);

/** States that lie on a cycle. */
function cyclic(a: Automaton): boolean[] {
  const n = a.edges.length;
  const out: boolean[] = new Array(n).fill(false);
  for (let s = 0; s < n; s++) {
    const seen = new Set<number>();
    const stack = (a.edges[s] ?? []).map((e) => e.to);
    while (stack.length > 0) {
      const x = stack.pop() as number;
      if (x === s) {
        out[s] = true;
        break;
      }
      if (seen.has(x)) continue;
      seen.add(x);
      for (const e of a.edges[x] ?? []) stack.push(e.to);
    }
  }
  return out;
}

/** Exponential ambiguity: a pair state (q, q) in one strongly connected component with a pair that differs. */
function exponential(a: Automaton): Span | undefined {
  const n = a.edges.length;
  const id = (p: number, q: number) => p * n + q;
  // Product graph from every diagonal pair; a step by two different edges into the same state goes through a "split" node.
  const succ = new Map<number, { to: number; by: Span | undefined }[]>();
  const stack: number[] = [];
  for (let s = 1; s < n; s++) stack.push(id(s, s));
  let splits = n * n;
  let work = 0;
  while (stack.length > 0) {
    const node = stack.pop() as number;
    if (succ.has(node)) continue;
    const list: { to: number; by: Span | undefined }[] = [];
    succ.set(node, list);
    if (node >= n * n) continue;
    const p = Math.floor(node / n),
      q = node % n;
    for (const e of a.edges[p] ?? []) {
      for (const f of a.edges[q] ?? []) {
        if (++work > MAX_WORK) return { start: -2, end: -2 };
        if (empty(meet(a.sets[e.to] as CharSet, a.sets[f.to] as CharSet))) continue;
        const by = larger(e.by, f.by);
        if (e.to === f.to && e !== f && p === q) {
          const split = splits++;
          succ.set(split, [{ to: id(e.to, e.to), by }]);
          list.push({ to: split, by });
        } else list.push({ to: id(e.to, f.to), by });
        stack.push(id(e.to, f.to));
      }
    }
  }
  // Tarjan's strongly connected components, iteratively.
  let index = 0;
  const indexOf = new Map<number, number>(),
    low = new Map<number, number>(),
    onStack = new Set<number>(),
    sccStack: number[] = [];
  for (const root of succ.keys()) {
    if (indexOf.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    indexOf.set(root, index), low.set(root, index++), sccStack.push(root), onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [v, k] = frame;
      const edges = succ.get(v) ?? [];
      if (k < edges.length) {
        frame[1]++;
        const w = (edges[k] as { to: number }).to;
        if (!indexOf.has(w)) {
          indexOf.set(w, index), low.set(w, index++), sccStack.push(w), onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, indexOf.get(w) as number));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = (work[work.length - 1] as [number, number])[0];
        low.set(parent, Math.min(low.get(parent) as number, low.get(v) as number));
      }
      if (low.get(v) !== indexOf.get(v)) continue;
      const component = new Set<number>();
      let w: number;
      do {
        w = sccStack.pop() as number;
        onStack.delete(w);
        component.add(w);
      } while (w !== v);
      const diagonal = [...component].some((x) => x < n * n && Math.floor(x / n) === x % n);
      const differs = [...component].some((x) => x >= n * n || Math.floor(x / n) !== x % n);
      if (!diagonal || !differs) continue;
      // Blame the outermost repetition whose edges the ambiguous cycle uses.
      let blame: Span | undefined;
      for (const x of component) for (const e of succ.get(x) ?? []) if (component.has(e.to)) blame = larger(blame, e.by);
      return blame ?? { start: -1, end: -1 };
    }
  }
  return undefined;
}

/** Polynomial ambiguity: p ≠ q and one word taking p→p, p→q and q→q (a walk in the triple product). */
function polynomial(a: Automaton): [number, number] | undefined {
  const n = a.edges.length;
  const loops = cyclic(a);
  let work = 0;
  for (let p = 1; p < n; p++) {
    if (!loops[p]) continue;
    for (let q = 1; q < n; q++) {
      if (q === p || !loops[q]) continue;
      const goal = `${p},${q},${q}`;
      const seen = new Set<string>();
      const stack: [number, number, number][] = [[p, p, q]];
      while (stack.length > 0) {
        const [x, y, z] = stack.pop() as [number, number, number];
        for (const e of a.edges[x] ?? []) {
          for (const f of a.edges[y] ?? []) {
            const ef = meet(a.sets[e.to] as CharSet, a.sets[f.to] as CharSet);
            if (empty(ef)) continue;
            for (const g of a.edges[z] ?? []) {
              if (++work > MAX_WORK) return [-1, -1];
              if (empty(meet(ef, a.sets[g.to] as CharSet))) continue;
              const k = `${e.to},${f.to},${g.to}`;
              if (k === goal) return [p, q];
              if (!seen.has(k)) {
                seen.add(k);
                stack.push([e.to, f.to, g.to]);
              }
            }
          }
        }
      }
    }
  }
  return undefined;
}

/** The verdict on one pattern (which `new RegExp(source, 'u')` must accept). */
export function backtracking(source: string): Backtracking {
  const automaton = new Automaton(source);
  automaton.searchFrom(parseRegex(source));
  const quote = (s: Span | undefined) =>
    s === undefined || s.start === -1
      ? 'the search for a start (the pattern has no ^)'
      : s.start === -2
        ? 'the whole pattern'
        : `\`${source.slice(s.start, s.end)}\``;
  if (automaton.unsupported)
    return { verdict: 'unknown', blame: 'the whole pattern', reason: `it cannot be analysed: ${automaton.unsupported}` };
  const exp = exponential(automaton);
  if (exp) {
    if (exp.start === -2) return { verdict: 'unknown', blame: quote(exp), reason: 'it is too large to analyse' };
    return {
      verdict: 'exponential',
      blame: quote(exp),
      reason: `${quote(exp)} can split one string among its repetitions in exponentially many ways`,
    };
  }
  const poly = polynomial(automaton);
  if (poly) {
    if (poly[0] === -1) return { verdict: 'unknown', blame: 'the whole pattern', reason: 'it is too large to analyse' };
    const [p, q] = poly.map((s) => loopOf(automaton, s, source));
    return {
      verdict: 'polynomial',
      blame: `${p} and ${q}`,
      reason: `${p} and ${q} can both match the same run of characters, so a failing match takes polynomial (at least quadratic) time`,
    };
  }
  return { verdict: 'linear' };
}

/** The source of the smallest repetition without bound around state `s` (or the search's own prefix). */
function loopOf(a: Automaton, s: number, source: string): string {
  const own = a.spans[s];
  let best: Span | undefined;
  for (const edges of a.edges) {
    for (const { by } of edges) {
      if (!own || !by || by.start < 0 || own.start < by.start || own.end > by.end) continue;
      if (!best || by.end - by.start < best.end - best.start) best = by;
    }
  }
  return best ? `\`${source.slice(best.start, best.end)}\`` : 'the search for a start (the pattern has no ^)';
}
