/**
 * Golden tests: each folder under test/fixtures holds a small spec and the files the generator
 * must produce from it (expected/). Run with UPDATE_GOLDEN=1 to rewrite the expected files.
 * The verbatim copies of src/runtime/ are the same for every spec: runtime.test.ts checks them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate, loadSpec } from '../src/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}

/** The files that depend on the spec: all but the verbatim copies of src/runtime/ (third line, under the banner). */
function specDependent(files: Map<string, string>): Map<string, string> {
  return new Map(
    [...files].filter(([, text]) => !text.split('\n')[2]?.startsWith('// A verbatim copy of tools/codegen/src/runtime/')),
  );
}

describe.each(readdirSync(FIXTURES))('fixture %s', (name) => {
  const root = join(FIXTURES, name);
  it('renders the expected files', async () => {
    const files = specDependent(await generate(await loadSpec(join(root, 'spec/openapi.yaml'), root)));
    const expectedDir = join(root, 'expected');
    if (UPDATE) {
      rmSync(expectedDir, { recursive: true, force: true });
      for (const [path, content] of files) {
        mkdirSync(dirname(join(expectedDir, path)), { recursive: true });
        writeFileSync(join(expectedDir, path), content);
      }
    }
    expect(new Map([...files].sort())).toEqual(new Map([...readTree(expectedDir)].sort()));
  });

  it('is deterministic and leaves its input alone', async () => {
    const spec = await loadSpec(join(root, 'spec/openapi.yaml'), root);
    const before = structuredClone(spec.document);
    const first = await generate(spec);
    const second = await generate(spec);
    expect([...second]).toEqual([...first]);
    expect(spec.document).toEqual(before);
    for (const [path, content] of first) {
      expect(path.startsWith('/'), path).toBe(false);
      expect(content.startsWith('// This file is generated from spec/openapi.yaml by `npm run generate`.'), path).toBe(true);
      expect(content, path).not.toContain(root);
      expect(content, path).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    }
  });
});
