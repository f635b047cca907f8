#!/usr/bin/env node
/**
 * Fails on any import circle among hand-written TypeScript modules (type-only imports included: a
 * circle of types is still two files that cannot be read one after the other). Relative imports only;
 * `./x.js` resolves to `./x.ts` as tsc does. Exit 0 none, 1 circles found, 2 crash.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;
const SKIP = new Set(['node_modules', 'dist', 'generated', 'fixtures', 'expected', '.turbo', '.tmp', '.scratch']);

/** Every .ts/.mts source under `dir`, skipping build output, generated code and fixtures. */
export function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.m?ts$/.test(name) && !/\.d\.m?ts$/.test(name)) out.push(full);
  }
  return out;
}

function resolveImport(from, spec, known) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base.replace(/\.m?js$/, (m) => m.replace('js', 'ts')), base, `${base}.ts`, join(base, 'index.ts')]) {
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}

/** The import graph of `files`: file → files it imports. */
export function importGraph(files) {
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const edges = new Set();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveImport(file, m[1] ?? m[2], known);
      if (target) edges.add(target);
    }
    graph.set(file, [...edges]);
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan, iterative). */
export function circles(graph) {
  let counter = 0;
  const index = new Map(),
    low = new Map(),
    onStack = new Set(),
    stack = [],
    out = [];
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const edges = graph.get(node) ?? [];
      if (i < edges.length) {
        frame[1] = i + 1;
        const next = edges[i];
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push([next, 0]);
        } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === index.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || edges.includes(node)) out.push(component.sort());
      }
    }
  }
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const root = resolve(here, '../..');
    const files = ['packages', 'tools', 'spec'].flatMap((d) => sourceFiles(join(root, d)));
    const found = circles(importGraph(files));
    for (const c of found) console.error(`import circle: ${c.map((f) => relative(root, f)).join(' ↔ ')}`);
    if (found.length > 0) {
      console.error(
        `Failed to check imports: ${found.length} circle(s). Did you move the shared piece into a module both can import?`,
      );
      process.exit(1);
    }
    console.log(`no import circles in ${files.length} modules`);
  } catch (error) {
    console.error(`Failed to check imports: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
