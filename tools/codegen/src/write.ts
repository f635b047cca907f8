/** The only code that writes generated files: all-or-nothing, and a drift check that writes nothing. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function generatedDirs(files: ReadonlyMap<string, string>): string[] {
  return [...new Set([...files.keys()].map((p) => dirname(p)))].sort();
}

function existing(root: string, dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) => {
    const abs = join(root, dir);
    if (!existsSync(abs)) return [];
    return readdirSync(abs, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => `${dir}/${e.name}`);
  });
}

export interface Drift {
  readonly changed: string[];
  readonly added: string[];
  readonly removed: string[];
}

/** Compares rendered files with the disk; nothing is written. */
export function diffAgainstDisk(root: string, files: ReadonlyMap<string, string>): Drift {
  const onDisk = new Set(existing(root, generatedDirs(files)));
  const drift: Drift = { changed: [], added: [], removed: [] };
  for (const [path, content] of files) {
    if (!onDisk.has(path)) drift.added.push(path);
    else if (readFileSync(join(root, path), 'utf8') !== content) drift.changed.push(path);
    onDisk.delete(path);
  }
  drift.removed.push(...[...onDisk].sort());
  return drift;
}

/**
 * Writes every changed or new file to a temporary sibling first; only when all temporaries exist
 * are they renamed over the old files (and files no longer generated removed). A failure before
 * the renames leaves the old output untouched.
 */
export function writeAtomically(root: string, files: ReadonlyMap<string, string>): Drift {
  const drift = diffAgainstDisk(root, files);
  const temps: [string, string][] = [];
  try {
    // A file whose text is already on disk is left as it is (not rewritten, its time kept).
    for (const path of [...drift.changed, ...drift.added]) {
      const content = files.get(path) as string;
      const target = join(root, path);
      const temp = join(dirname(target), `.${path.split('/').pop()}.${process.pid}.tmp`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(temp, content);
      temps.push([temp, target]);
    }
  } catch (err) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw err;
  }
  for (const [temp, target] of temps) renameSync(temp, target);
  for (const path of drift.removed) rmSync(join(root, path), { force: true });
  return drift;
}
