/**
 * The normalized spec and the places found in it, kept between runs and used again while no spec
 * file, nor the generator's loader, nor doc-sync itself has changed (same paths, sizes and
 * modification times to the nanosecond). A warm run so skips loading the bundler (most of a cold
 * run's time).
 *
 * The cache is the user's own: `$XDG_CACHE_HOME/hwc-doc-sync` or `~/.cache/hwc-doc-sync`, a
 * directory of mode 0700 that must belong to the user (else it is not used). An entry is read only
 * from a regular file of the user's, never through a symlink, and only when the SHA-256 it starts
 * with matches the rest. Entries are written to a new temp file (created exclusively, mode 0600)
 * and renamed into place. Anything wrong only costs the run its speed.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SpecModel, specFiles } from '@hwc-workspace/codegen/spec';
import type { IndexSnapshot } from './locate.js';

interface Entry {
  readonly key: string;
  readonly model: SpecModel;
  readonly index: IndexSnapshot;
  /** Verdicts of the spec's validators on definitions' examples (examples-definition.ts). */
  readonly verdicts?: readonly (readonly [string, string | null])[];
}

/** The per-user cache directory (not created), or undefined when the user has no home. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'hwc-doc-sync');
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  return home ? join(home, '.cache', 'hwc-doc-sync') : undefined;
}

const uid = (): number | undefined => process.getuid?.();

/** True for a directory (not a link) of this user's that no one else may enter. */
function ownPrivateDir(dir: string): boolean {
  const s = lstatSync(dir);
  return s.isDirectory() && !s.isSymbolicLink() && (uid() === undefined || s.uid === uid()) && (s.mode & 0o077) === 0;
}

/** The cache directory, created 0700 when missing; undefined when it is not safely the user's. */
function usableDir(): string | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return ownPrivateDir(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

function stamp(file: string): string {
  const s = statSync(file, { bigint: true });
  return `${file}\u0000${s.size}\u0000${s.mtimeNs}`;
}

/** What the cached result depends on: every file under the spec directory, the loader, doc-sync. */
export function cacheKey(specDir: string, code: readonly string[]): string {
  const hash = createHash('sha256');
  for (const f of [...specFiles(specDir), ...code, fileURLToPath(import.meta.url)]) hash.update(stamp(f)).update('\n');
  return hash.digest('hex');
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const entryName = (specEntry: string) => `${sha256(specEntry).slice(0, 24)}.json`;

export function readCache(specEntry: string, key: string): Entry | undefined {
  const dir = usableDir();
  if (!dir) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(join(dir, entryName(specEntry)), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const s = fstatSync(fd);
    if (!s.isFile() || (uid() !== undefined && s.uid !== uid())) return undefined;
    const text = readFileSync(fd, 'utf8');
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1);
    if (newline !== 64 || text.slice(0, 64) !== sha256(body)) return undefined;
    const entry = JSON.parse(body) as Entry;
    return entry.key === key ? entry : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function writeCache(specEntry: string, entry: Entry): void {
  const dir = usableDir();
  if (!dir) return;
  const body = JSON.stringify(entry);
  const tmp = join(dir, `.${entryName(specEntry)}.${randomBytes(8).toString('hex')}.tmp`);
  try {
    // 'wx': created here and now, never an existing file or a link someone placed.
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, `${sha256(body)}\n${body}`);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, join(dir, entryName(specEntry)));
  } catch {
    rmSync(tmp, { force: true });
  }
}
