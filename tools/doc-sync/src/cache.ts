/**
 * The normalized spec and the places found in it, kept between runs (in the OS temp directory)
 * and used again while no spec file, nor the generator's loader, nor doc-sync itself has changed
 * (same paths, sizes and modification times to the nanosecond). A warm run so skips loading the
 * bundler (most of a cold run's time).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SpecModel } from '@hwc-workspace/codegen';
import type { IndexSnapshot } from './locate.js';

interface Entry {
  readonly key: string;
  readonly model: SpecModel;
  readonly index: IndexSnapshot;
  /** Verdicts of the spec's validators on definitions' examples (examples-definition.ts). */
  readonly verdicts?: readonly (readonly [string, string | null])[];
}

const DIR = join(tmpdir(), 'hwc-doc-sync-cache');

function stamp(file: string): string {
  const s = statSync(file, { bigint: true });
  return `${file}\u0000${s.size}\u0000${s.mtimeNs}`;
}

/** What the cached result depends on: every file under the spec directory, the loader, doc-sync. */
export function cacheKey(specDir: string, code: readonly string[]): string {
  const hash = createHash('sha256');
  const files = readdirSync(specDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.parentPath.includes('node_modules'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const f of [...files, ...code, fileURLToPath(import.meta.url)]) hash.update(stamp(f)).update('\n');
  return hash.digest('hex');
}

const entryFile = (specEntry: string) => join(DIR, `${createHash('sha256').update(specEntry).digest('hex').slice(0, 24)}.json`);

export function readCache(specEntry: string, key: string): Entry | undefined {
  try {
    const entry = JSON.parse(readFileSync(entryFile(specEntry), 'utf8')) as Entry;
    return entry.key === key ? entry : undefined;
  } catch {
    return undefined;
  }
}

export function writeCache(specEntry: string, entry: Entry): void {
  try {
    mkdirSync(DIR, { recursive: true });
    const file = entryFile(specEntry);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs the next run its speed.
  }
}
