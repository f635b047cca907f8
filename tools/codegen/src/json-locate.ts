/**
 * Positions in a JSON spec without building a YAML tree of it (a 47 MB document would take
 * gigabytes): a JSON pointer is followed through the text, skipping the values it passes over;
 * each object or array met is indexed once, so asking for many places stays linear. Pure.
 */

interface Index {
  /** Offset where each member's key (objects) or each item (arrays) starts, and where its value starts. */
  readonly members: Map<string, { at: number; value: number }>;
}

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);

class JsonText {
  private readonly indexes = new Map<number, Index>();
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  skipSpace(i: number): number {
    while (i < this.text.length && WS.has(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** The end (exclusive) of the string starting at `i` (a quote). */
  private stringEnd(i: number): number {
    const t = this.text;
    for (let j = i + 1; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (c === 0x5c) j++;
      else if (c === 0x22) return j + 1;
    }
    return t.length;
  }

  /** The end (exclusive) of the value starting at `i`. */
  private valueEnd(i: number): number {
    const t = this.text;
    const c = t[i];
    if (c === '"') return this.stringEnd(i);
    if (c !== '{' && c !== '[') {
      let j = i;
      while (j < t.length && !',}] \n\r\t'.includes(t[j] as string)) j++;
      return j;
    }
    let depth = 0;
    for (let j = i; j < t.length; j++) {
      const d = t[j];
      if (d === '"') j = this.stringEnd(j) - 1;
      else if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return t.length;
  }

  /** The members of the object or array whose value starts at `i`, indexed on first use. */
  index(i: number): Index | undefined {
    const cached = this.indexes.get(i);
    if (cached) return cached;
    const t = this.text;
    const open = t[i];
    if (open !== '{' && open !== '[') return undefined;
    const members = new Map<string, { at: number; value: number }>();
    let j = this.skipSpace(i + 1);
    for (let n = 0; j < t.length && t[j] !== '}' && t[j] !== ']'; n++) {
      let at = j;
      if (open === '{') {
        const end = this.stringEnd(j);
        const key = JSON.parse(t.slice(j, end)) as string;
        j = this.skipSpace(this.skipSpace(end) + 1); // past ':'
        if (!members.has(key)) members.set(key, { at, value: j });
      } else {
        at = j;
        members.set(String(n), { at, value: j });
      }
      j = this.skipSpace(this.valueEnd(j));
      if (t[j] === ',') j = this.skipSpace(j + 1);
    }
    const index = { members };
    this.indexes.set(i, index);
    return index;
  }

  line(offset: number): number {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    let lo = 0,
      hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

const TEXTS = new Map<string, JsonText>();

/** Whether a spec file's text is JSON (then locateJson answers for it). */
export function isJsonText(source: string): boolean {
  const first = source.trimStart()[0];
  return first === '{' || first === '[';
}

/** Line (1-based) of the node a JSON pointer names in a JSON text; `exact: false` when only a parent was found. */
export function locateJson(source: string, tokens: readonly string[]): { line: number; exact: boolean } {
  let text = TEXTS.get(source);
  if (!text) {
    if (TEXTS.size > 8) TEXTS.clear();
    text = new JsonText(source);
    TEXTS.set(source, text);
  }
  let value = text.skipSpace(0);
  let at = value;
  for (const token of tokens) {
    const member = text.index(value)?.members.get(token);
    if (!member) return { line: text.line(at), exact: false };
    at = member.at;
    value = member.value;
  }
  return { line: text.line(at), exact: true };
}
