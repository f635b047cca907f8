// Renders docs/api/index.html from spec/openapi.yaml with `redocly build-docs`. The Redoc
// scripts are inlined (--inlineBundle), so the page renders with no network access.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
mkdirSync(resolve(root, 'docs/api'), { recursive: true });
execFileSync(
  process.execPath,
  [require.resolve('@redocly/cli/bin/cli.js'), 'build-docs', 'spec/openapi.yaml', '--config', 'spec/redocly.yaml', '--inlineBundle', '-o', 'docs/api/index.html', '--title', 'Huawei Cloud Workspace order API'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
console.log('docs: wrote docs/api/index.html');
