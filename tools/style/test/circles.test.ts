import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without declarations
import { circles, importGraph, sourceFiles } from '../circles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const names = (found: string[][], root: string) => found.map((c) => c.map((f) => relative(root, f)));

describe('import circles', () => {
  it('finds a circle made of a type-only import and a value import, and not the module outside it', () => {
    const dir = join(here, 'fixtures/circle');
    const files = ['a.ts', 'b.ts', 'c.ts'].map((f) => join(dir, f));
    expect(names(circles(importGraph(files)), dir)).toEqual([['a.ts', 'b.ts']]);
  });

  it('finds none in the hand-written code of this repository', () => {
    const root = resolve(here, '../../..');
    const files = ['packages', 'tools', 'spec'].flatMap((d) => sourceFiles(join(root, d)));
    expect(files.length).toBeGreaterThan(50);
    expect(names(circles(importGraph(files)), root)).toEqual([]);
  });
});
