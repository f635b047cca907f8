/** Which files make up a spec: one rule for the generator, its cache keys and doc-sync. */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Every file below the spec directory `dir` (absolute paths, sorted), outside installed packages. */
export function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.parentPath.split(/[\\/]/).includes('node_modules'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The spec's YAML files below `dir` (absolute paths, sorted), without Redocly's config. */
export function specYamlFiles(dir: string): string[] {
  return specFiles(dir).filter((f) => /\.ya?ml$/.test(f) && !basename(f).startsWith('redocly'));
}
