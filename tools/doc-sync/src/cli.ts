#!/usr/bin/env node
/** hwc-doc-sync <page or definition files (.txt, .html, .json)…> [--json] [--draft <dir>] [--root <repo>]. Exit 0 no drift, 1 drift, 2 bad input. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { run } from './run.js';

try {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2), options: { json: { type: 'boolean', default: false }, root: { type: 'string' }, spec: { type: 'string' }, draft: { type: 'string' } }, allowPositionals: true, strict: true });
  // Under `npm run doc-sync` (root → turbo → this package) the script runs in tools/doc-sync; page
  // paths are relative to where the user invoked npm, which the root script passes on.
  const cwd = process.env.DOC_SYNC_CWD || process.cwd();
  const root = values.root ? resolve(cwd, values.root) : resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const result = await run(positionals, { json: values.json, root, cwd, ...(values.spec ? { spec: values.spec } : {}), ...(values.draft !== undefined ? { draft: values.draft } : {}) });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (e) {
  process.stderr.write(`doc-sync: ${(e as Error).message}\nUsage: npm run doc-sync -- <page or definition files (.txt, .html, .json)…> [--json] [--draft <dir>]\n`);
  process.exitCode = 2;
}
