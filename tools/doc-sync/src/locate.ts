/**
 * Where a bundled spec node was written: the YAML file that defines it, and its line. Each spec
 * file is parsed once (with positions); each place asked for is looked up once and remembered.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';

// The YAML parser (with positions) is loaded on the first place not already known: a warm run
// that finds every place in its cache never loads it.
let yamlLib: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlLib ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

export interface Place {
  readonly file: string;
  readonly pointer: string;
  readonly line?: number;
}

/** The spec's YAML files (the generator's rule: every .yaml/.yml but redocly's config), sorted. */
function specYamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !e.name.startsWith('redocly') && !e.parentPath.includes('node_modules'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export interface IndexSnapshot {
  readonly owners: readonly (readonly [string, string])[];
  readonly pathFiles: readonly (readonly [string, string])[];
  readonly places: readonly (readonly [string, Place])[];
}

interface Parsed {
  readonly doc: Document.Parsed;
  readonly counter: LineCounter;
}

export class SpecIndex {
  private readonly owners = new Map<string, string>();
  private readonly files = new Map<string, string>();
  private readonly parsed = new Map<string, Parsed>();
  private readonly pathFiles = new Map<string, string>();
  private readonly places = new Map<string, Place>();

  /**
   * `known`: the owners, path files and places of an earlier run over the same spec files (see
   * snapshot()); then no file is read unless a new place is asked for.
   */
  constructor(specDir: string, private readonly root: string, known?: IndexSnapshot) {
    for (const abs of specYamlFiles(specDir)) this.files.set(relative(root, abs).split('\\').join('/'), abs);
    if (known) {
      for (const [k, v] of known.owners) this.owners.set(k, v);
      for (const [k, v] of known.pathFiles) this.pathFiles.set(k, v);
      for (const [k, v] of known.places) this.places.set(k, v);
      return;
    }
    // Top-level keys are read off the text; a file is parsed (once, with positions) only when a
    // place in it is asked for: most runs point into a few files.
    for (const [file, abs] of this.files) {
      const { isMap } = yaml();
      if (basename(abs) === 'openapi.yaml') {
        const paths = this.parse(file)?.doc.contents;
        const item = isMap(paths) ? paths.get('paths') : undefined;
        if (isMap(item)) {
          for (const pair of item.items) {
            const ref = isMap(pair.value) ? pair.value.get('$ref') : undefined;
            if (typeof ref === 'string') this.pathFiles.set(String((pair.key as { value?: unknown } | null)?.value ?? pair.key), relative(root, join(dirname(abs), ref)).split('\\').join('/'));
          }
        }
      } else if (!/paths\//.test(file)) {
        for (const m of readFileSync(abs, 'utf8').matchAll(/^(?:'([^']+)'|"([^"]+)"|([^\s#'"\-][^:#]*?)):(?:\s|$)/gm)) {
          const key = m[1] ?? m[2] ?? m[3]!;
          if (!this.owners.has(key)) this.owners.set(key, file);
        }
      }
    }
  }

  /** How many spec files this index has parsed: at most one parse per file, however many places are asked for. */
  get parsedFiles(): number {
    return this.parses;
  }
  private parses = 0;

  private parse(file: string): Parsed | undefined {
    let entry = this.parsed.get(file);
    const abs = this.files.get(file);
    if (!entry && abs) {
      this.parses++;
      const { LineCounter, parseDocument } = yaml();
      const counter = new LineCounter();
      entry = { doc: parseDocument(readFileSync(abs, 'utf8'), { lineCounter: counter, uniqueKeys: false }), counter };
      this.parsed.set(file, entry);
    }
    return entry;
  }

  /** The line of the node a JSON pointer names in one file, when every step of it exists. */
  private lineOf(file: string, pointer: string): number | undefined {
    const entry = this.parse(file);
    if (!entry) return undefined;
    const { isMap, isSeq } = yaml();
    let node: unknown = entry.doc.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (const raw of pointer.split('/').slice(1)) {
      const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === token);
        if (!pair) return undefined;
        offset = (pair.key as Node | null)?.range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)] as Node | undefined;
        if (!item) return undefined;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else return undefined;
    }
    return entry.counter.linePos(offset).line;
  }

  private place(file: string, pointer: string): Place {
    const key = `${file}#${pointer}`;
    let found = this.places.get(key);
    if (!found) {
      const line = this.lineOf(file, pointer);
      found = line ? { file, pointer, line } : { file, pointer };
      this.places.set(key, found);
    }
    return found;
  }

  /** A component (schema or parameter) by name, and a pointer inside it. */
  component(name: string, inner = ''): Place {
    return this.place(this.owners.get(name) ?? 'spec/openapi.yaml', `/${name}${inner}`);
  }

  /** A node of an operation, by its path template and HTTP method. */
  operation(path: string, method: string, inner = ''): Place {
    const file = this.pathFiles.get(path);
    const at = `/${method.toLowerCase()}${inner}`;
    return file ? this.place(file, at) : this.place('spec/openapi.yaml', `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}${at}`);
  }

  /** What a later run over the same files can start from. */
  snapshot(): IndexSnapshot {
    return { owners: [...this.owners], pathFiles: [...this.pathFiles], places: [...this.places] };
  }

  /** The file that holds a path item, when openapi.yaml `$ref`s it. */
  pathFile(path: string): string | undefined {
    return this.pathFiles.get(path);
  }
}

export function formatPlace(p: Place): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} #${p.pointer}`;
}
