#!/usr/bin/env node
// CI: `npm publish --dry-run` of each published package (its prepack builds it), and the tarball
// must hold dist/ with the entry files its exports name, README.md and a LICENSE equal to the root's.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PACKAGES = ['types', 'validators', 'client', 'mocks'];
const rootLicense = readFileSync('LICENSE', 'utf8');
let failed = false;
for (const name of PACKAGES) {
  const dir = `packages/${name}`;
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const out = execFileSync('npm', ['publish', '--dry-run', '--json', '--workspace', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const report = JSON.parse(out)[manifest.name] ?? JSON.parse(out);
  const files = new Set(report.files.map((f) => f.path));
  const wanted = ['README.md', 'LICENSE', 'package.json'];
  for (const entry of Object.values(manifest.exports))
    if (typeof entry === 'object') wanted.push(...Object.values(entry).map((p) => p.replace(/^\.\//, '')));
  const missing = wanted.filter((f) => !files.has(f));
  const stray = [...files].filter(
    (f) => !/^(dist\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/.test(f) || /\.(map|test\.[jt]s)$/.test(f),
  );
  const license = readFileSync(`${dir}/LICENSE`, 'utf8') === rootLicense;
  const ok = missing.length === 0 && stray.length === 0 && license;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${manifest.name}@${manifest.version}: ${files.size} files, ${report.size} bytes packed` +
      (missing.length ? `; missing ${missing.join(', ')}` : '') +
      (stray.length ? `; unexpected ${stray.join(', ')}` : '') +
      (license ? '' : '; LICENSE differs from the root LICENSE'),
  );
}
process.exit(failed ? 1 : 0);
