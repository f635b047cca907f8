/** write.ts: what the CLI writes, keeps and removes. */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../src/write.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeAtomically', () => {
  it('rewrites changed files, adds new ones, removes stale ones and leaves identical ones untouched', () => {
    const root = mkdtempSync(join(tmpdir(), 'hwc-write-'));
    dirs.push(root);
    const gen = 'packages/p/src/generated';
    writeAtomically(
      root,
      new Map([
        [`${gen}/same.ts`, 'same\n'],
        [`${gen}/changed.ts`, 'old\n'],
        [`${gen}/stale.ts`, 'stale\n'],
      ]),
    );
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(root, gen, 'same.ts'), longAgo, longAgo);
    const drift = writeAtomically(
      root,
      new Map([
        [`${gen}/same.ts`, 'same\n'],
        [`${gen}/changed.ts`, 'new\n'],
        [`${gen}/added.ts`, 'added\n'],
      ]),
    );
    expect(drift).toEqual({ changed: [`${gen}/changed.ts`], added: [`${gen}/added.ts`], removed: [`${gen}/stale.ts`] });
    expect(statSync(join(root, gen, 'same.ts')).mtime.getTime()).toBe(longAgo.getTime());
    expect(readFileSync(join(root, gen, 'changed.ts'), 'utf8')).toBe('new\n');
    expect(readFileSync(join(root, gen, 'added.ts'), 'utf8')).toBe('added\n');
    expect(existsSync(join(root, gen, 'stale.ts'))).toBe(false);
  });
});
