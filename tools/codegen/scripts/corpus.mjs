/**
 * `npm run corpus`: the robustness corpus. Runs a scratch build (scripts/scratch.mjs) of every
 * OpenAPI 3.0 and 3.1 document of @readme/oas-examples and prints a markdown table of what
 * happened to each: built / refused (with a clear message) / broken (code that does not compile)
 * / crashed. Exits 1 when anything is broken or crashed, or a refusal names no place.
 *
 *   node scripts/corpus.mjs [filter]      only documents whose name contains `filter`
 *   CORPUS_JOBS=2                         scratch builds run at once (default: 2)
 *   CORPUS_KEEP=1                         keep the scratch directories (default: removed)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { scratchBuild } from './scratch.mjs';

const require = createRequire(import.meta.url);
const ROOT = dirname(require.resolve('@readme/oas-examples/package.json'));

/** Every JSON document of the 3.0 and 3.1 folders (subfolders included) whose `openapi` is 3.x. */
function documents() {
  const out = [];
  for (const version of ['3.0', '3.1']) {
    const dir = join(ROOT, version, 'json');
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
      const file = join(entry.parentPath, entry.name);
      try {
        const doc = JSON.parse(readFileSync(file, 'utf8'));
        if (typeof doc.openapi === 'string' && /^3\.[01]\./.test(doc.openapi)) out.push({ label: relative(ROOT, file).replace(/\/json\//, '/').replace(/\.json$/, ''), file });
      } catch {
        /* not a document */
      }
    }
  }
  return out.sort((a, b) => (a.label < b.label ? -1 : 1));
}

/** A place in a message: `file:line`, `file:line:col` or `file#/pointer`. */
const PLACE = /[\w./-]+\.(?:ya?ml|json)(?::\d+|#\/)/;

function reason(result) {
  const lines = result.message.split('\n').map((l) => l.trim()).filter(Boolean);
  if (result.status === 'built') return result.warnings.length > 0 ? `${result.warnings.length} warning(s), e.g. ${result.warnings[0]}` : '';
  if (result.status === 'refused') {
    const first = lines.find((l) => !/^hwc-codegen: the spec has problems/.test(l)) ?? lines[0] ?? '(no message)';
    return `${lines.length > 2 ? `${lines.length - 1} problems, first: ` : ''}${first}`;
  }
  return lines[0] ?? '(no message)';
}

const cell = (text) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 240);

async function main() {
  const filter = process.argv[2];
  const docs = documents().filter((d) => !filter || d.label.includes(filter));
  const jobs = Math.max(1, Number(process.env.CORPUS_JOBS ?? 2));
  const keep = process.env.CORPUS_KEEP === '1';
  const results = new Array(docs.length);
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < docs.length) {
        const i = next++;
        const doc = docs[i];
        const t = Date.now();
        const result = await scratchBuild({ spec: doc.file, name: `corpus-${doc.label.replace(/[^A-Za-z0-9._-]+/g, '-')}`, keep });
        results[i] = { ...doc, ...result, seconds: (Date.now() - t) / 1000 };
        process.stderr.write(`${result.status.padEnd(8)} ${doc.label} (${results[i].seconds.toFixed(1)} s)\n`);
      }
    }),
  );
  const unclear = results.filter((r) => r.status === 'refused' && (!PLACE.test(r.message) || /\n\s+at /.test(r.message)));
  const lines = ['| spec | status | reason |', '| --- | --- | --- |'];
  for (const r of results) lines.push(`| ${r.label} | ${r.status}${unclear.includes(r) ? ' (no place)' : ''} | ${cell(reason(r))} |`);
  const count = (s) => results.filter((r) => r.status === s).length;
  lines.push(
    '',
    `Totals: ${results.length} documents: ${count('built')} built, ${count('refused')} refused, ${count('broken')} broken, ${count('crashed')} crashed` +
      `${unclear.length > 0 ? ` (${unclear.length} refusals name no place)` : ''}; ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  for (const r of results.filter((x) => x.status === 'broken' || x.status === 'crashed')) process.stderr.write(`\n## ${r.label}: ${r.status}\n${r.message}\n`);
  return count('broken') + count('crashed') + unclear.length > 0 ? 1 : 0;
}

process.exitCode = await main();
