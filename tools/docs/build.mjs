// Renders docs/api/index.html from spec/openapi.yaml with `redocly build-docs`. The Redoc
// scripts are inlined (--inlineBundle), so the page renders with no network access. Redoc 3 also
// sends usage telemetry from the reader's browser unless the page says `disableTelemetry`; Redocly
// CLI 2 writes that option from its own telemetry switch (REDOCLY_TELEMETRY=off) and ignores
// `--openapi.disableTelemetry` and the config key, so we set the variable and then check the page.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGuides } from './guides.mjs';
import { specWithSamples } from './samples.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
mkdirSync(resolve(root, 'docs/api'), { recursive: true });
// The guides (docs/*.md) as pages beside the reference, and the bundled spec with a TypeScript call
// and a curl line on every operation and links to those pages; spec/ itself is not changed.
const guides = writeGuides(root, resolve(root, 'docs/api/guides'));
const { document } = await specWithSamples(resolve(root, 'spec/openapi.yaml'), root);
document.info.description = `${document.info.description ?? ''}\n\nGuides: ${guides.map((g) => `[${g.title}](${g.page})`).join(' · ')}.\n`;
const bundled = resolve(root, 'docs/api/openapi.bundled.json');
writeFileSync(bundled, JSON.stringify(document));
execFileSync(
  process.execPath,
  [
    require.resolve('@redocly/cli/bin/cli.js'),
    'build-docs',
    bundled,
    '--config',
    'spec/redocly.yaml',
    '--inlineBundle',
    '-o',
    'docs/api/index.html',
    '--title',
    'Huawei Cloud Workspace order API',
  ],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
// Redoc's attribution logo is an <img> from cdn.redoc.ly: the one request the page would make off
// this machine. It becomes an empty inline image (the "API docs by" link stays).
const EMPTY_SVG = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";
const out = resolve(root, 'docs/api/index.html');
const html = readFileSync(out, 'utf8').replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, EMPTY_SVG);
writeFileSync(out, html);
const offsite = /https?:\/\/cdn\.redoc\.ly|https?:\/\/cdn\.jsdelivr|https?:\/\/unpkg\.com/.exec(html);
if (offsite) {
  console.error(
    `Failed to build the docs: docs/api/index.html still loads ${offsite[0]}. Did a @redocly/cli update add another CDN asset?`,
  );
  process.exit(1);
}
if (!/__redoc_options = \{[^\n]*"disableTelemetry":true/.test(html)) {
  console.error(
    'Failed to build the docs: docs/api/index.html would send telemetry to Redocly (no "disableTelemetry":true in __redoc_options). Did a @redocly/cli update change how build-docs takes that option?',
  );
  process.exit(1);
}
rmSync(bundled, { force: true });
console.log(`docs: wrote docs/api/index.html and ${guides.length} guides in docs/api/guides/`);
