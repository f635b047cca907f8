/**
 * A linear-time check for the regular expressions that can take exponential time in a
 * backtracking engine (ReDoS): a group repeated without bound that itself holds a repetition
 * without bound, such as `(a+)+`, `(\w*)*` or `(?:x+y?)+`. JavaScript's engine backtracks, so such
 * a `pattern` would hang the example check, the mock server and every user's validator on a
 * crafted string. Star height, not a proof: a few safe patterns are refused with it, none of the
 * exponential ones pass.
 */

interface Group {
  /** The group holds an unbounded repetition (directly or in a nested group). */
  unbounded: boolean;
  start: number;
}

/** Reads a quantifier at `i`: its length and whether it repeats without bound. */
function quantifierAt(source: string, i: number): { length: number; unbounded: boolean } | undefined {
  const c = source[i];
  if (c === '*' || c === '+') return { length: source[i + 1] === '?' ? 2 : 1, unbounded: true };
  if (c === '?') return { length: 1, unbounded: false };
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(i));
    if (!m) return undefined;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    return { length: m[0].length, unbounded: max === Infinity };
  }
  return undefined;
}

/** The offending group (its source text) when the pattern can backtrack exponentially, else undefined. */
export function exponentialGroup(source: string): string | undefined {
  const stack: Group[] = [{ unbounded: false, start: 0 }];
  let i = 0;
  /** After an atom (a character, an escape or a class): a quantifier on it marks the enclosing group. */
  const atomQuantifier = () => {
    const q = quantifierAt(source, i);
    if (!q) return;
    const top = stack[stack.length - 1];
    if (top && q.unbounded) top.unbounded = true;
    i += q.length;
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      i += 2;
      atomQuantifier();
    } else if (c === '[') {
      // A character class is one position: skip to its end.
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      atomQuantifier();
    } else if (c === '(') {
      stack.push({ unbounded: false, start: i });
      i++;
      if (source[i] === '?') i += source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!' ? source.indexOf('>', i) - i + 1 : 2;
    } else if (c === ')') {
      const group = stack.length > 1 ? stack.pop() : undefined;
      i++;
      const q = quantifierAt(source, i);
      if (group && q?.unbounded && group.unbounded) return source.slice(group.start, i + q.length);
      if (q) i += q.length;
      const parent = stack[stack.length - 1];
      if (parent && group && (group.unbounded || q?.unbounded)) parent.unbounded = true;
    } else {
      i++;
      atomQuantifier();
    }
  }
  return undefined;
}
