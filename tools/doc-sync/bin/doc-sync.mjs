#!/usr/bin/env node
/**
 * `npm run doc-sync -- <pages…>` from the repository root: doc-sync's own output and exit code,
 * nothing else. The generator's loader and doc-sync are compiled first only when their sources
 * are newer than their dist/ (tsc's output goes to stderr, and only when it fails); nothing else
 * is built: doc-sync reads spec/, not the generated packages. Page paths are relative to where
 * npm was invoked (INIT_CWD). For no npm banner either: `npm run -s doc-sync -- <pages…>`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  return t;
}

for (const pkg of ['tools/codegen', 'tools/doc-sync']) {
  const dir = join(REPO, pkg);
  const built = join(dir, 'dist/index.js');
  const sources = Math.max(newest(join(dir, 'src')), statSync(join(dir, 'tsconfig.json')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) continue;
  const tsc = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], {
    encoding: 'utf8',
  });
  if (tsc.status !== 0) {
    process.stderr.write(`doc-sync: building ${pkg} failed:\n${tsc.stdout}${tsc.stderr}`);
    process.exit(2);
  }
}

process.env.DOC_SYNC_CWD ||= process.env.INIT_CWD || process.cwd();
await import(pathToFileURL(join(REPO, 'tools/doc-sync/dist/cli.js')).href);
