/**
 * Rules that both the generator and the generated packages run are written once, in src/runtime/
 * (each module imports nothing but the packages' own run-time dependencies and its neighbours
 * there). The generator imports them as any module; the emitters copy their text verbatim into
 * the packages' generated code, so a package never holds a hand-written twin and the generator
 * never imports a package it generates. The text is the TypeScript source beside dist/, the same
 * however the generator runs (tsc's output or the sources under vitest).
 */
import { readFileSync } from 'node:fs';

/** The modules of src/runtime/, by file name without `.ts`. */
export type RuntimeModule = 'media' | 'linear' | 'int32' | 'limit' | 'descriptor';

const TEXTS = new Map<RuntimeModule, string>();

/** A generated file's body: the module's text under a line naming where it is written. */
export function runtimeCopy(name: RuntimeModule): string {
  let text = TEXTS.get(name);
  if (text === undefined) {
    // src/runtime-copy.ts and dist/runtime-copy.js both sit one level below the package root.
    text = readFileSync(new URL(`../src/runtime/${name}.ts`, import.meta.url), 'utf8');
    TEXTS.set(name, text);
  }
  return `// A verbatim copy of tools/codegen/src/runtime/${name}.ts.\n${text}`;
}
