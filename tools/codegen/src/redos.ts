/**
 * A linear-time check for the regular expressions that can take exponential time in a
 * backtracking engine (ReDoS): a group repeated without bound that itself holds a repetition
 * without bound, such as `(a+)+`, `(\w*)*` or `(?:x+y?)+`. JavaScript's engine backtracks, so such
 * a `pattern` would hang the example check, the mock server and every user's validator on a
 * crafted string. A repeated group that starts with a fixed separator its inner repetitions
 * cannot match (repeated or optional), such as `(-[a-z0-9]+)*`, splits the input one way only and is accepted.
 * Star height with that one refinement: no exponential pattern passes; a few safe ones may not.
 */

interface Group {
  readonly start: number;
  /** The group's first atom when it is one plain character, not repeated (a separator). */
  first?: string | null;
  /** The source of each atom repeated without bound directly in this group. */
  readonly repeated: string[];
  /** The source of each atom with any quantifier (`?`, `{0,2}` too) directly in this group. */
  readonly quantified: string[];
  /** A group nested in this one repeats without bound (its content is not inspected further). */
  nested: boolean;
}

/** Reads a quantifier at `i`: its length and whether it repeats without bound. */
function quantifierAt(source: string, i: number): { length: number; unbounded: boolean } | undefined {
  const c = source[i];
  if (c === '*' || c === '+') return { length: source[i + 1] === '?' ? 2 : 1, unbounded: true };
  if (c === '?') return { length: source[i + 1] === '?' ? 2 : 1, unbounded: false };
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(i));
    if (!m) return undefined;
    return { length: m[0].length, unbounded: m[2] !== undefined && m[3] === '' };
  }
  return undefined;
}

/** Whether an atom (a class, an escape, `.` or a character) can match the character `c`. */
function canMatch(atom: string, c: string): boolean {
  try {
    return new RegExp(`^(?:${atom})$`, 'u').test(c);
  } catch {
    return true;
  }
}

/** A plain character as an atom matches itself only (`\.` is `.`); classes and `.` are not plain. */
function plainCharacter(atom: string): string | null {
  if (atom.length === 1 && !'.^$|'.includes(atom)) return atom;
  if (atom.length === 2 && atom[0] === '\\' && /[^A-Za-z0-9]/.test(atom[1] ?? '')) return atom[1] ?? null;
  return null;
}

/** The offending group (its source text) when the pattern can backtrack exponentially, else undefined. */
export function exponentialGroup(source: string): string | undefined {
  const stack: Group[] = [{ start: 0, repeated: [], quantified: [], nested: false }];
  const top = () => stack[stack.length - 1] as Group;
  let i = 0;
  /** After an atom: a quantifier on it is recorded, and the group's first atom remembered. */
  const atom = (start: number) => {
    const text = source.slice(start, i);
    const q = quantifierAt(source, i);
    const group = top();
    if (group.first === undefined) group.first = q ? null : plainCharacter(text);
    if (!q) return;
    group.quantified.push(text);
    if (q.unbounded) group.repeated.push(text);
    i += q.length;
  };
  while (i < source.length) {
    const start = i;
    const c = source[i];
    if (c === '\\') {
      i += 2;
      atom(start);
    } else if (c === '[') {
      // A character class is one position: skip to its end.
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      atom(start);
    } else if (c === '(') {
      if (top().first === undefined) top().first = null;
      stack.push({ start: i, repeated: [], quantified: [], nested: false });
      i++;
      if (source[i] === '?') i += source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!' ? source.indexOf('>', i) - i + 1 : 2;
    } else if (c === ')') {
      const group = stack.length > 1 ? stack.pop() : undefined;
      i++;
      const q = quantifierAt(source, i);
      if (group && q?.unbounded && (group.nested || group.repeated.length > 0)) {
        const separator = group.first;
        // Every repetition must consume the separator, and nothing variable in it can: one way to split.
        const split = !group.nested && typeof separator === 'string' && group.quantified.every((a) => !canMatch(a, separator));
        if (!split) return source.slice(group.start, i + q.length);
      }
      if (q) i += q.length;
      if (group && (group.nested || group.repeated.length > 0 || q?.unbounded)) top().nested = true;
    } else if (c === '|') {
      i++;
      top().first = null; // alternatives: no single separator
    } else {
      i++;
      if (c === '^' || c === '$') continue;
      atom(start);
    }
  }
  return undefined;
}
