/** Where a bundled spec node was written: the YAML file that defines it, and its line. */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { locate, specYamlFiles } from '@hwc-workspace/codegen';

export interface Place {
  readonly file: string;
  readonly pointer: string;
  readonly line?: number;
}

export class SpecIndex {
  private readonly owners = new Map<string, string>();
  private readonly sources = new Map<string, string>();
  private readonly pathFiles = new Map<string, string>();

  constructor(specDir: string, private readonly root: string) {
    for (const abs of specYamlFiles(specDir)) {
      const file = relative(root, abs).split('\\').join('/');
      const text = readFileSync(abs, 'utf8');
      this.sources.set(file, text);
      const doc = parse(text) as Record<string, unknown> | null;
      if (!doc || typeof doc !== 'object') continue;
      if (basename(abs) === 'openapi.yaml' && typeof doc.paths === 'object' && doc.paths) {
        for (const [p, item] of Object.entries(doc.paths as Record<string, { $ref?: string }>)) {
          if (item?.$ref) this.pathFiles.set(p, relative(root, join(dirname(abs), item.$ref)).split('\\').join('/'));
        }
      } else if (!/paths\//.test(file)) {
        for (const key of Object.keys(doc)) if (!this.owners.has(key)) this.owners.set(key, file);
      }
    }
  }

  private place(file: string, pointer: string): Place {
    const source = this.sources.get(file);
    const found = source ? locate(source, pointer) : undefined;
    return found?.exact ? { file, pointer, line: found.line } : { file, pointer };
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
}

export function formatPlace(p: Place): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} #${p.pointer}`;
}
