/**
 * Golden tests: each folder under test/fixtures holds a small spec and the files the generator
 * must produce from it (expected/). Run with UPDATE_GOLDEN=1 to rewrite the expected files.
 * The verbatim copies of src/runtime/ are the same for every spec: runtime.test.ts checks them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** A verbatim copy of src/runtime/ (its third line, under the banner, says so). */
const isRuntimeCopy = (text: string) =>
  text.split('\n')[2]?.startsWith('// A verbatim copy of tools/codegen/src/runtime/') === true;

/** The files that depend on the spec: all but the runtime copies. */
function specDependent(files: Map<string, string>): Map<string, string> {
  return new Map([...files].filter(([, text]) => !isRuntimeCopy(text)));
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

  // The CLI types and compiles validators on worker threads; generate() above ran in this one.
  it('is written the same by the CLI, whose emitters run on worker threads', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'hwc-golden-cli-'));
    try {
      cpSync(join(root, 'spec'), join(scratch, 'spec'), { recursive: true });
      cpSync(join(root, 'expected'), scratch, { recursive: true });
      // expected/ leaves out the runtime copies; this thread writes them as generate() does.
      for (const [path, text] of await generate(await loadSpec(join(root, 'spec/openapi.yaml'), root)))
        if (isRuntimeCopy(text)) writeFileSync(join(scratch, path), text);
      const cli = join(dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');
      const run = spawnSync(process.execPath, [cli, '--root', scratch, '--check', '--all-threads'], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.stderr).not.toContain('stale');
      expect(run.status).toBe(0);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
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
