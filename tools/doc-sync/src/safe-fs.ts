/**
 * The only ways doc-sync reads an input file and writes drafts.
 * - An input must be a regular file of at most MAX_INPUT_BYTES: a FIFO, a device (`/dev/zero`),
 *   a directory is refused at once (opened non-blocking, checked on the open descriptor), and
 *   reading stops at the cap even if the file grows.
 * - Drafts are written all or nothing, never over an existing file and never through a symbolic
 *   link (a dangling one included): every target is checked first, then each file is created
 *   exclusively; if any write fails, what was written is removed.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  rmdirSync,
  rmSync,
  type Stats,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** Largest page or definition read (saved Help Center pages are well under 2 MiB). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** An input refused before reading (the reason fits "cannot read the file (…)"). */
export class InputError extends Error {}

function kind(s: Stats): string {
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isDirectory()) return 'a directory';
  if (s.isSocket()) return 'a socket';
  return 'not a file';
}

/** The bytes of a regular file of at most MAX_INPUT_BYTES. */
export function readInput(path: string, max = MAX_INPUT_BYTES): Buffer {
  // O_NONBLOCK: opening a FIFO nobody writes to returns at once instead of waiting for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new InputError(`${kind(s)}, not a regular file; give a saved page or definition`);
    if (s.size > max) throw new InputError(`${s.size} bytes; an input may have at most ${max}`);
    const buffer = Buffer.alloc(Math.min(s.size, max) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > max) throw new InputError(`more than ${max} bytes; an input may have at most ${max}`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

const lstat = (path: string): Stats | undefined => {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
};

/** Each file's absolute path, once nothing is there and no directory on the way is a link. */
function checkTargets(dir: string, files: ReadonlyMap<string, string>, shown: string): string[] {
  return [...files.keys()].map((rel) => {
    const target = join(dir, rel);
    const inside = relative(dir, target);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`${rel} is not inside ${shown}`);
    // Every directory between `dir` and the file: a real directory, or missing (created below).
    const parts = inside.split(sep);
    for (let i = 1; i < parts.length; i++) {
      const s = lstat(join(dir, ...parts.slice(0, i)));
      if (!s) break;
      if (s.isSymbolicLink())
        throw new Error(`${join(shown, ...parts.slice(0, i))} is a symbolic link; the draft is not written through it`);
      if (!s.isDirectory()) throw new Error(`${join(shown, ...parts.slice(0, i))} is not a directory`);
    }
    const s = lstat(target);
    if (s?.isSymbolicLink()) throw new Error(`${join(shown, rel)} is a symbolic link; the draft is not written through it`);
    if (s) throw new Error(`${join(shown, rel)} exists already; the draft does not overwrite it`);
    return target;
  });
}

/**
 * Writes `files` (paths relative to `dir`) all or nothing. `shown` is how `dir` is named in
 * messages. Returns the absolute paths written.
 */
export function writeAllOrNothing(dir: string, files: ReadonlyMap<string, string>, shown: string): string[] {
  const written: string[] = [];
  const madeDirs: string[] = [];
  try {
    const targets = checkTargets(dir, files, shown);
    const texts = [...files.values()];
    if (!lstat(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.push(dir);
    }
    targets.forEach((target, i) => {
      const missing: string[] = [];
      for (let d = dirname(target); d !== dir && !lstat(d); d = dirname(d)) missing.unshift(d);
      for (const d of missing) {
        mkdirSync(d);
        madeDirs.push(d);
      }
      // 'wx': O_CREAT | O_EXCL, which fails on anything already there, a symbolic link included.
      const fd = openSync(target, 'wx', 0o644);
      written.push(target);
      try {
        writeSync(fd, texts[i] ?? '');
      } finally {
        closeSync(fd);
      }
    });
  } catch (e) {
    for (const f of written) rmSync(f, { force: true });
    for (const d of madeDirs.reverse()) {
      try {
        rmdirSync(d);
      } catch {
        /* not empty: someone else wrote there */
      }
    }
    throw new Error(`${(e as Error).message}; nothing was written`);
  }
  return written;
}
