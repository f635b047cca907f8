/**
 * Places in the spec for messages: a JSON pointer into a file → `file:line`, with the pointer
 * added when the line alone does not say where (a JSON file, or a node only a parent of which was
 * found). Each file is parsed once for positions, however many places in it are asked for.
 */
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';
import { isJsonText, locateJson } from './json-locate.js';
import { parsePointer } from './pointer.js';

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

/** Line (1-based) of the node a JSON pointer names in a YAML or JSON file; `exact: false` when only a parent was found. */
export function locate(source: string, pointer: string): { line: number; exact: boolean } {
  // A file on one line (most machine-written JSON) has no line to find; JSON text is followed, not parsed.
  if (!source.includes('\n')) return { line: 1, exact: false };
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
