/**
 * Long union types laid out one member per line, so that a reviewer reads a change to a union
 * (an enum value, a oneOf member, an operationId) as a one-line diff. openapi-typescript prints
 * every union on one line, up to thousands of characters.
 *
 * The rule: a line longer than `width` (100) characters that holds a union of two or more members
 * outside string literals and comments is broken at its shallowest union, as Prettier lays one out:
 *
 *     export type OperationId =                    } & (
 *         | "CreateOrder"                              | components["schemas"]["A"]
 *         | "ShowJob";                                 | components["schemas"]["B"]
 *                                                  );
 *
 * (members indented four spaces past the line's own indentation; a closing bracket right after
 * the union goes on a line of its own). Each line this makes is checked again, so a member still
 * over the width is broken at its own shallowest union. Lines inside block comments and JSDoc,
 * `//` comments, and lines whose string literal does not end on the line are left as they are.
 * Short lines without a comment marker are copied unread; a long line is read character by
 * character (no regular expression over whole lines), once more for each level it is broken at
 * (nesting is capped by load's limits), and the output is one array joined once: time in
 * proportion to the text (80 MB of openapi-typescript output in about a second). Made for
 * declarations (openapi-typescript's output and ours): `<` and `>` are read as brackets, `=>` as
 * an arrow.
 */

export const UNION_WIDTH = 100;

const OPENERS = '([{<';
const CLOSERS = ')]}>';
/** Characters after which a new type starts at the same level: `key: A | B`, `= A | B`, `<X, A | B>`, `a?: …`. */
const BOUNDARIES = ',;:=?';

/** One stretch of a line at one nesting level, between brackets or boundaries, and the `|` in it. */
interface Region {
  readonly depth: number;
  /** Index where the region's text starts (after its opener or boundary; 0 when it began on an earlier line). */
  readonly start: number;
  /** The region began before this line (a `} | null` line): its first member is not on this line alone. */
  readonly continued: boolean;
  end: number;
  /** The region ends at a closing bracket (index `end`). */
  closed: boolean;
  readonly bars: number[];
  /** Members seen so far that hold anything, and whether the current one does. */
  members: number;
  filled: boolean;
  firstFilled: boolean;
}

function region(depth: number, start: number, continued: boolean): Region {
  return { depth, start, continued, end: start, closed: false, bars: [], members: 0, filled: false, firstFilled: false };
}

/** Where a scan of a line ended: in code, inside a block comment, or inside a string that does not end (unknown ground). */
type End = 'code' | 'comment' | 'string';

/**
 * The unions of one line: every region with two or more members that hold something, and the state
 * the line ends in. `inComment`: the line starts inside a block comment.
 */
function scanLine(line: string, inComment: boolean): { unions: Region[]; end: End } {
  const unions: Region[] = [];
  const finish = (r: Region, end: number, closed: boolean): void => {
    if (r.filled) r.members++;
    if (r.bars.length === 0) r.firstFilled = r.filled;
    r.end = end;
    r.closed = closed;
    if (r.bars.length > 0 && r.members >= 2) unions.push(r);
  };
  let comment = inComment;
  let stack: Region[] = [region(0, 0, true)];
  let top = stack[0] as Region;
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (comment) {
      if (c === 42 /* * */ && line.charCodeAt(i + 1) === 47 /* / */) {
        comment = false;
        i++;
      }
      continue;
    }
    if (c === 32 || c === 9) continue;
    if (c === 47 /* / */) {
      const next = line.charCodeAt(i + 1);
      if (next === 47) break; // a `//` comment ends the code of the line
      if (next === 42) {
        comment = true;
        i++;
        continue;
      }
    }
    if (c === 34 || c === 39 || c === 96 /* " ' ` */) {
      let j = i + 1;
      while (j < n) {
        const d = line.charCodeAt(j);
        if (d === 92 /* \ */) j += 2;
        else if (d === c) break;
        else j++;
      }
      if (j >= n) return { unions: [], end: 'string' };
      top.filled = true;
      i = j;
      continue;
    }
    const ch = line[i] as string;
    if (ch === '|') {
      if (top.bars.length === 0) top.firstFilled = top.filled;
      if (top.filled) top.members++;
      top.filled = false;
      top.bars.push(i);
    } else if (ch === '=' && line.charCodeAt(i + 1) === 62 /* > */) {
      finish(top, i, false);
      top = region(top.depth, i + 2, false);
      stack[stack.length - 1] = top;
      i++;
    } else if (BOUNDARIES.includes(ch)) {
      finish(top, i, false);
      top = region(top.depth, i + 1, false);
      stack[stack.length - 1] = top;
    } else if (OPENERS.includes(ch)) {
      top.filled = true;
      top = region(top.depth + 1, i + 1, false);
      stack.push(top);
    } else if (CLOSERS.includes(ch)) {
      finish(top, i, true);
      stack.pop();
      // A closer of a bracket opened on an earlier line: the level below began there too.
      if (stack.length === 0) stack = [region(top.depth - 1, 0, true)];
      top = stack[stack.length - 1] as Region;
      top.filled = true;
    } else top.filled = true;
  }
  for (let k = stack.length - 1; k >= 0; k--) finish(stack[k] as Region, n, false);
  return { unions, end: comment ? 'comment' : 'code' };
}

/**
 * The lines one line becomes with its shallowest unions broken (`unions`: what scanLine found in
 * it), or undefined when it has none.
 */
function cutUnions(line: string, unions: readonly Region[]): string[] | undefined {
  if (unions.length === 0) return undefined;
  let depth = Number.POSITIVE_INFINITY;
  for (const u of unions) depth = Math.min(depth, u.depth);
  const indent = line.slice(0, line.length - line.trimStart().length);
  // Cuts: a new line starts at `at`, indented, with `| ` before its text when `bar`.
  const cuts: { at: number; indent: string; bar: boolean }[] = [];
  for (const u of unions.filter((r) => r.depth === depth).sort((a, b) => a.start - b.start)) {
    // A line that is itself a union's continuation (`    | "A" | "B"`) keeps its first bar and indentation.
    const leadingBar = u.continued && u.bars[0] === indent.length;
    const memberIndent = leadingBar ? indent : `${indent}    `;
    if (!u.continued && u.firstFilled) cuts.push({ at: u.start, indent: memberIndent, bar: true });
    for (const b of u.bars) if (!(leadingBar && b === indent.length)) cuts.push({ at: b, indent: memberIndent, bar: false });
    if (u.closed && !u.continued) cuts.push({ at: u.end, indent, bar: false });
  }
  const out: string[] = [line.slice(0, cuts[0]?.at).trimEnd()];
  cuts.forEach((cut, k) => {
    const piece = line.slice(cut.at, cuts[k + 1]?.at).trimStart();
    out.push(`${cut.indent}${cut.bar ? '| ' : ''}${k + 1 < cuts.length ? piece.trimEnd() : piece}`);
  });
  return out;
}

/** Every line over `width` that holds a union, broken as the module comment says. */
export function breakLongUnions(text: string, width = UNION_WIDTH): string {
  const out: string[] = [];
  const put = (line: string, scan: ReturnType<typeof scanLine>): void => {
    const lines = scan.end === 'code' ? cutUnions(line, scan.unions) : undefined;
    if (!lines) {
      out.push(line);
      return;
    }
    for (const l of lines) {
      if (l.length > width) put(l, scanLine(l, false));
      else out.push(l);
    }
  };
  let inComment = false;
  for (const line of text.split('\n')) {
    // Most lines are short and hold no comment marker: copied without a scan.
    if (inComment ? !line.includes('*/') : line.length <= width && !line.includes('/*')) {
      out.push(line);
      continue;
    }
    const scan = scanLine(line, inComment);
    if (!inComment && line.length > width) put(line, scan);
    else out.push(line);
    inComment = scan.end === 'comment';
  }
  return out.join('\n');
}
