/**
 * A small parser for ECMAScript regular expressions in Unicode mode (`u`, the mode Ajv compiles
 * `pattern` with), and the rewrite of patterns written for the looser non-Unicode grammar. Pure.
 * The tree keeps each node's source span, so a finding can quote the part of the pattern it blames.
 */

export type RegexNode =
  | { readonly t: 'alt'; readonly alts: RegexNode[] }
  | { readonly t: 'seq'; readonly items: RegexNode[] }
  | {
      readonly t: 'rep';
      readonly min: number;
      readonly max: number;
      readonly node: RegexNode;
      readonly start: number;
      readonly end: number;
    }
  /** One character position: a character, an escape, a class or `.` (its source, as written). */
  | { readonly t: 'atom'; readonly src: string; readonly start: number; readonly end: number }
  /** Zero-width: `^`, `$`, `\b`, `\B`. */
  | { readonly t: 'assert'; readonly src: string }
  | { readonly t: 'look'; readonly node: RegexNode }
  | { readonly t: 'backref' };

/** Parses a pattern that `new RegExp(source, 'u')` accepts (undefined behaviour otherwise). */
export function parseRegex(source: string): RegexNode {
  let i = 0;
  const quantifier = (): { min: number; max: number } | undefined => {
    const c = source[i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q) i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
    }
    if (q && source[i] === '?') i++; // lazy: the same paths, tried in another order
    return q;
  };
  const alternation = (): RegexNode => {
    const alts: RegexNode[] = [sequence()];
    while (source[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return alts.length === 1 ? (alts[0] as RegexNode) : { t: 'alt', alts };
  };
  const sequence = (): RegexNode => {
    const items: RegexNode[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const start = i;
      const term = atom();
      const q = quantifier();
      items.push(q ? { t: 'rep', ...q, node: term, start, end: i } : term);
    }
    return items.length === 1 ? (items[0] as RegexNode) : { t: 'seq', items };
  };
  const atom = (): RegexNode => {
    const start = i;
    const c = source[i];
    if (c === '(') {
      i++;
      let look = false;
      if (source[i] === '?') {
        if (source[i + 1] === ':') i += 2;
        else if (source[i + 1] === '=' || source[i + 1] === '!') (i += 2), (look = true);
        else if (source[i + 1] === '<' && (source[i + 2] === '=' || source[i + 2] === '!')) (i += 3), (look = true);
        else i = source.indexOf('>', i) + 1; // (?<name>
      }
      const node = alternation();
      i++; // ')'
      return look ? { t: 'look', node } : node;
    }
    if (c === '^' || c === '$') {
      i++;
      return { t: 'assert', src: c };
    }
    if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      return { t: 'atom', src: source.slice(start, i), start, end: i };
    }
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (e === 'b' || e === 'B') {
        i += 2;
        return { t: 'assert', src: `\\${e}` };
      }
      if (/[1-9]/.test(e) || e === 'k') {
        i += 2;
        if (e === 'k') i = source.indexOf('>', i) + 1;
        else while (/\d/.test(source[i] ?? '')) i++;
        return { t: 'backref' };
      }
      const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|0|[\s\S])/.exec(source.slice(i));
      i += m ? m[0].length : 2;
      return { t: 'atom', src: source.slice(start, i), start, end: i };
    }
    i += (source.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    return { t: 'atom', src: source.slice(start, i), start, end: i };
  };
  return alternation();
}

/** The top-level alternatives of a pattern (one when it has no top-level `|`). */
export function topAlternatives(node: RegexNode): RegexNode[] {
  return node.t === 'alt' ? node.alts : [node];
}

/** Escapes ECMAScript gives meaning to after a backslash in Unicode mode, outside and inside classes. */
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));
const CLASS_ESCAPES = /^\\(?:[dDwWsSbfnrtv0]|[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|-)/;
const ESCAPES =
  /^\\(?:[dDwWsSbBfnrtv0]|[1-9]\d*|k<[^>]+>|[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/;

/** Whether a pattern compiles in ECMAScript's given mode. */
export function compiles(pattern: string, flags: '' | 'u'): boolean {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
}

/**
 * A pattern valid without the `u` flag only because of needless escapes (`\=`, `\:`, `\-` outside a
 * class) or `{`, `}` used as plain characters (the web-compatibility grammar), rewritten to mean the
 * same in Unicode mode (Ajv's); undefined when something else is wrong. Letters escaped for no reason
 * (`\A`, `\z`) are not rewritten: other flavours give them meanings (Ruby's anchors).
 */
export function normaliseForUnicode(pattern: string): string | undefined {
  if (!compiles(pattern, '')) return undefined;
  let out = '';
  let skip = 0;
  for (const { text, at, inClass, opens } of patternPieces(pattern)) {
    if (at < skip) continue;
    const c = text[0];
    if (c === '\\') {
      const e = text[1] ?? '';
      if ((inClass ? CLASS_ESCAPES : ESCAPES).exec(text)?.[0] === text || (text.length === 2 && SYNTAX.has(e))) out += text;
      else if (/[A-Za-z0-9_]/.test(e)) return undefined;
      else out += e; // an identity escape of punctuation: the character itself
    } else if (inClass) {
      if (opens && pattern[at + 1] === ']') return undefined; // `[]` / `[]a]` differ between flavours
      out += text;
    } else if (c === '{') {
      const q = /^\{\d+(,\d*)?\}/.exec(pattern.slice(at))?.[0];
      out += q ?? '\\{';
      if (q) skip = at + q.length;
    } else out += c === '}' ? '\\}' : text;
  }
  return compiles(out, 'u') ? out : undefined;
}

/** A piece of a pattern: one whole escape (`\\=`, `\\u{1F600}`, `\\p{L}`) or one character; whether it lies in a class (its brackets too), and in a `[^…]` one. */
export interface PatternPiece {
  readonly text: string;
  readonly at: number;
  readonly inClass: boolean;
  readonly negated: boolean;
  /** The `[` that opens a class. */
  readonly opens: boolean;
}

const ESCAPE = /\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]+>|[1-9]\d*|[\s\S]?)/y;

/** The pieces of a pattern in order (the one walk the pattern rewriters share). */
export function* patternPieces(pattern: string): Generator<PatternPiece> {
  let inClass = false;
  let negated = false;
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] as string;
    let text = c;
    const opens = c === '[' && !inClass;
    if (c === '\\') {
      ESCAPE.lastIndex = i;
      text = ESCAPE.exec(pattern)?.[0] ?? c;
    } else if (opens) {
      inClass = true;
      negated = pattern[i + 1] === '^';
    }
    yield { text, at: i, inClass, negated, opens };
    if (c === ']' && inClass) inClass = false;
    i += text.length;
  }
}

/** Ruby's and PCRE's string anchors (`\A`, `\z`, `\Z`), which ECMAScript reads as the letters A and z. */
export function usesForeignAnchors(pattern: string): boolean {
  return /^\\A|(?<!\\)(?:\\\\)*\\[zZ]$/.test(pattern);
}
