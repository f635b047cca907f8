/**
 * Where a bundled spec node was written: the YAML file that defines it, and its line. Each spec
 * file is parsed once (with positions); each place asked for is looked up once and remembered.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
// The generator's rules for which files make up the spec and where a pointer lands in one; its
// YAML parser is loaded on the first place not already known (a warm run never loads it).
import { locate, parsedWithPositions, specYamlFiles, yaml } from '@hwc-workspace/codegen/spec';
import type { Document, LineCounter } from 'yaml';

export interface Place {
  readonly file: string;
  readonly pointer: string;
  readonly line?: number;
}

export interface IndexSnapshot {
  readonly owners: readonly (readonly [string, string])[];
  readonly pathFiles: readonly (readonly [string, string])[];
  readonly places: readonly (readonly [string, Place])[];
}

interface Parsed {
  readonly source: string;
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
  constructor(
    specDir: string,
    private readonly root: string,
    known?: IndexSnapshot,
  ) {
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
            if (typeof ref === 'string')
              this.pathFiles.set(
                String((pair.key as { value?: unknown } | null)?.value ?? pair.key),
                relative(root, join(dirname(abs), ref))
                  .split('\\')
                  .join('/'),
              );
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
      const source = readFileSync(abs, 'utf8');
      entry = { source, ...parsedWithPositions(source) };
      this.parsed.set(file, entry);
    }
    return entry;
  }

  /** The line of the node a JSON pointer names in one file, when every step of it exists. */
  private lineOf(file: string, pointer: string): number | undefined {
    const entry = this.parse(file);
    if (!entry) return undefined;
    const { line, exact } = locate(entry.source, pointer);
    return exact ? line : undefined;
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
    return file
      ? this.place(file, at)
      : this.place('spec/openapi.yaml', `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}${at}`);
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
