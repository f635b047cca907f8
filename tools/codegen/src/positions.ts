/**
 * Places in the spec for messages: a JSON pointer into a file → `file:line`, with the pointer
 * added when the line alone does not say where (a JSON file, or a node only a parent of which was
 * found). Each file is parsed once for positions, however many places in it are asked for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Document, LineCounter, Node } from 'yaml';
import { isJsonText, locateJson } from './json-locate.js';
import { parsePointer, toPointer } from './pointer.js';

// The `yaml` parser keeps positions; Redocly's does not expose them. Only messages need
// positions, so it is loaded on the first one (its CommonJS build, synchronously).
let yamlLib: typeof import('yaml') | undefined;
export function yaml(): typeof import('yaml') {
  yamlLib ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlLib;
}

const PARSED = new Map<string, { doc: Document.Parsed; counter: LineCounter }>();

/** The file parsed with positions, cached by its text. */
export function parsedWithPositions(source: string): { doc: Document.Parsed; counter: LineCounter } {
  let entry = PARSED.get(source);
  if (!entry) {
    const { LineCounter, parseDocument } = yaml();
    const counter = new LineCounter();
    entry = { doc: parseDocument(source, { lineCounter: counter, uniqueKeys: false }), counter };
    if (PARSED.size > 64) PARSED.clear();
    PARSED.set(source, entry);
  }
  return entry;
}

/** Above this size a YAML file is not parsed for line numbers: the pointer says where. */
const MAX_YAML_SOURCE = 8 * 1024 * 1024;

const ONE_LINE = new Map<string, boolean>();

/** Whether a file's text is all on one line, asked once per text (a 47 MB one-line file is scanned to its end). */
function oneLine(source: string): boolean {
  let answer = ONE_LINE.get(source);
  if (answer === undefined) {
    if (ONE_LINE.size > 64) ONE_LINE.clear();
    ONE_LINE.set(source, (answer = !source.includes('\n')));
  }
  return answer;
}

/** Line (1-based) of the node a JSON pointer names in a YAML or JSON file; `exact: false` when only a parent was found. */
export function locate(source: string, pointer: string): { line: number; exact: boolean } {
  // A file on one line (most machine-written JSON) has no line to find; JSON text is followed, not parsed.
  if (oneLine(source)) return { line: 1, exact: false };
  if (isJsonText(source)) return locateJson(source, parsePointer(pointer));
  if (source.length > MAX_YAML_SOURCE) return { line: 1, exact: false };
  const { isMap, isSeq } = yaml();
  const { doc, counter } = parsedWithPositions(source);
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  let exact = true;
  for (const token of parsePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === token);
      if (!pair) {
        exact = false;
        break;
      }
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(token)] as Node | undefined;
      if (!item) {
        exact = false;
        break;
      }
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      exact = false;
      break;
    }
  }
  return { line: counter.linePos(offset).line, exact };
}

/**
 * `file:line` for a node written in a YAML file; `file:line #/pointer` for a JSON file (where a
 * line rarely says where: `spec.json:1 #/paths/~1v1~1x/get`) and for a node only a parent of
 * which was found. An empty pointer names the file's top.
 */
export function placeOf(file: string, source: string, pointer: string): string {
  const { line, exact } = locate(source, pointer);
  return pointer === '' || (exact && !/\.json$/i.test(file)) ? `${file}:${line}` : `${file}:${line} #${pointer}`;
}

const VALUES = new Map<string, unknown>();
function valueOf(file: string): unknown {
  let value = VALUES.get(file);
  if (value === undefined) {
    value = parsedWithPositions(readFileSync(file, 'utf8')).doc.toJS({ maxAliasCount: 100 }) ?? null;
    if (VALUES.size > 64) VALUES.clear();
    VALUES.set(file, value);
  }
  return value;
}

/**
 * The file and pointer that define the node a pointer names, following `$ref`s to other files on
 * the way (`openapi.yaml#/paths/~1x/get/parameters/1` → `paths/x.yaml#/get/parameters/1`), so a
 * problem is reported where it is written, not at the `$ref` that pulls it in. Local refs are not
 * followed; an unreadable file ends the walk where it is.
 */
export function definedAt(file: string, pointer: string): { file: string; pointer: string } {
  let at = { file, tokens: [] as string[] };
  const rest = parsePointer(pointer);
  try {
    let node = valueOf(file);
    for (let i = 0; i <= rest.length; i++) {
      const ref =
        node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as { $ref?: unknown }).$ref : undefined;
      if (typeof ref === 'string' && !ref.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
        const [path = '', fragment = ''] = ref.split('#');
        const target = resolve(dirname(at.file), decodeURIComponent(path));
        at = { file: target, tokens: parsePointer(fragment) };
        node = valueOf(target);
        for (const t of at.tokens) node = (node as Record<string, unknown> | null)?.[t];
      }
      if (i === rest.length) break;
      const token = rest[i] as string;
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
      at = { file: at.file, tokens: [...at.tokens, token] };
      if (node === undefined) {
        at = { file: at.file, tokens: [...at.tokens, ...rest.slice(i + 1)] };
        break;
      }
    }
  } catch {
    /* a file that cannot be read: the place found so far */
  }
  return { file: at.file, pointer: at.tokens.length === 0 ? '' : toPointer(at.tokens) };
}
