// `npm run bench:bundle`: the one-operation bundle (consumer.mjs: validate + call createOrder) taken
// apart. Every size: esbuild, minified ESM for browsers, nothing excluded, gzip -9. A part's weight
// is what the bundle loses when that part's modules are replaced by empty stubs (gzip is not
// additive, so this is the honest "what would we save"); raw bytes come from esbuild's metafile.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ajvRootSchema, loadSpec, normalize } from '@hwc-workspace/codegen';
import { createOrderValidators, toIssues } from '@hwc-workspace/validators';
import { bundle, printGrid } from './lib.mjs';
import { benchBodies } from './validators-bench.mjs';
import { ajvStandaloneSource, loadCandidate } from './variants.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const log = (m) => process.stderr.write(`bench: ${m}\n`);

/**
 * Stubs for the modules whose path matches `stub`: each export an empty function (call sites stay
 * valid). `replace` does the same for one more pattern, with `extra` text before its stubs and
 * `body` as their body.
 */
function stubPlugin(stub, replace) {
  return {
    name: 'stub',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, async ({ path }) => {
        const own = replace?.re.test(path);
        if (!own && !stub?.test(path)) return undefined;
        const names = Object.keys(await import(pathToFileURL(path).href));
        const body = own ? replace.body : '';
        const contents = names.map((n) => `export ${n === 'default' ? 'default function' : `function ${n}`}() {${body}}`);
        return { contents: `${own ? replace.extra : ''}${contents.join('\n')}`, loader: 'js' };
      });
    },
  };
}

/** Bundles an entry (a file, or module text), optionally with stubs (stubPlugin). */
function bundleOf(entry, { stub, replace } = {}) {
  return bundle(
    typeof entry === 'string' && entry.endsWith('.mjs')
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry, resolveDir: here, loader: 'js' } },
    { plugins: stub || replace ? [stubPlugin(stub, replace)] : [], absWorkingDir: here },
  );
}

/**
 * The parts of the one-operation bundle: what each needs it for, and the modules that make it.
 * `optional`: a token-only bundle could leave it out, but createWorkspaceContext takes any auth
 * at run time, so a bundler cannot know.
 */
const PARTS = [
  ['CreateOrder validators (request, responses, hints; compiled.js)', /validators\/dist\/generated\/compiled\.js$/],
  [
    '  validation runtime (run, issues, formats, int32, ucs2length)',
    /validators\/dist\/(run|issues|runtime)\.js$|generated\/(formats|int32)\.js$/,
  ],
  ['AK/SK signing: signing.ts, hash.ts and the @noble/hashes they import (optional)', /client\/dist\/(signing|hash)\.js$/],
  ['  of which @noble/hashes: SHA-256 and HMAC in browsers', /@noble\/hashes/],
  ['IAM project lookup: project.ts (optional: AK/SK without projectId)', /client\/dist\/project\.js$/],
  ['HUAWEICLOUD_SDK_* credentials: env.ts (optional: no auth option)', /client\/dist\/env\.js$/],
  ['error classes: errors.ts', /client\/dist\/errors\.js$/],
  ['path, query and header styles: serialize.ts', /client\/dist\/serialize\.js$/],
  ['the operation descriptor and function: generated/operations.ts', /client\/dist\/generated\/operations\.js$/],
];
const OPTIONAL = /client\/dist\/(signing|hash|project|env)\.js$|@noble\/hashes/;

/** The CreateOrder JSON Schemas the request validator reaches, facts only (no descriptions, examples, x-*). */
function createOrderSchemaFacts(model) {
  const rootSchema = ajvRootSchema(model);
  const defs = rootSchema.$defs;
  const reached = new Set();
  const walk = (v) => {
    if (!v || typeof v !== 'object') return;
    const m = typeof v.$ref === 'string' ? /#\/\$defs\/(.+)$/.exec(v.$ref) : null;
    if (m && !reached.has(m[1])) {
      reached.add(m[1]);
      walk(defs[m[1]]);
    }
    for (const x of Object.values(v)) walk(x);
  };
  const ref = model.operations.find((o) => o.operationId === 'CreateOrder').requestSchemaRef;
  reached.add(ref);
  walk(defs[ref]);
  const facts = Object.fromEntries([...reached].map((k) => [k, defs[k]]));
  const text = JSON.stringify(facts, (k, v) =>
    k === 'description' || k === 'example' || k === 'examples' || k.startsWith('x-') ? undefined : v,
  );
  return { schemas: reached.size, text, raw: text.length, gz: gzipSync(text, { level: 9 }).length };
}

/**
 * The shipped compiled.js with every Ajv error site (`const errN = {…}; if (vErrors === null) …
 * errors++;`) turned into one helper call: what a post-pass in the generator could save. Written
 * beside the shipped file's imports, checked to give the same errors on every body.
 */
function errorHelperVariant(dir) {
  const compiled = join(root, 'packages/validators/dist/generated/compiled.js');
  const site =
    /const (err\d+) = \{ instancePath(?:: ([^,\n]+))?, schemaPath: ("[^"\n]*"), keyword: ("[^"\n]*"), params: ([^\n]*) \};\s*if \(vErrors === null\) \{\s*vErrors = \[\1\];\s*\}\s*else \{\s*vErrors\.push\(\1\);\s*\}\s*errors\+\+;/g;
  let sites = 0;
  const text = readFileSync(compiled, 'utf8')
    .replace(site, (_m, _e, instancePath, schemaPath, keyword, params) => {
      sites++;
      return `vErrors = $error(vErrors, ${instancePath ?? 'instancePath'}, ${schemaPath}, ${keyword}, ${params}); errors++;`;
    })
    .replace(/from '(\.\.?\/[^']+)'/g, (_m, p) => `from '${resolve(dirname(compiled), p)}'`);
  const helper =
    'function $error(v, instancePath, schemaPath, keyword, params) { const e = { instancePath, schemaPath, keyword, params }; if (v === null) return [e]; v.push(e); return v; }\n';
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'compiled-error-helper.mjs');
  writeFileSync(file, `${helper}${text}`);
  return { file, sites };
}

/** Each body's verdict and issue list (the package's words) under `fns`, against the shipped validators. */
function sameIssues(fns, bodies, shipped) {
  let same = 0;
  let total = 0;
  const issuesOf = (fn, body) => (fn(body) ? 'valid' : JSON.stringify(toIssues(fn.errors ?? [], createOrderValidators.hints)));
  for (const [op, body] of [...bodies.valid, ...bodies.invalid]) {
    if (op !== 'CreateOrder' || !fns[op]) continue;
    total++;
    if (issuesOf(fns[op], body) === issuesOf(shipped, body)) same++;
  }
  return `${same}/${total}`;
}

export async function bundleFloors(model, bodies) {
  const dir = join(root, 'node_modules/.cache/hwc-bench/floors');
  log('bundle floors');
  const whole = await bundleOf(join(here, 'consumer.mjs'));
  const parts = [];
  for (const [name, re] of PARTS) {
    const less = await bundleOf(join(here, 'consumer.mjs'), { stub: re });
    parts.push({ name, gz: whole.gz - less.gz, raw: whole.raw - less.raw });
  }
  const clientOnly = await bundleOf(join(here, 'consumer.mjs'), { stub: /validators\/dist\/generated\// });
  const tokenOnly = await bundleOf(join(here, 'consumer.mjs'), {
    stub: new RegExp(`validators/dist/generated/|${OPTIONAL.source}`),
  });
  // The least this call's bundle can weigh with a validator that carries the schemas as data: the
  // token-only client, the validation runtime and the facts, bundled together (an interpreter's
  // own code comes on top: not measured).
  const facts = createOrderSchemaFacts(model);
  const floor = await bundleOf(join(here, 'consumer.mjs'), {
    stub: OPTIONAL,
    replace: {
      re: /validators\/dist\/generated\/compiled\.js$/,
      extra: `const schemaFacts = ${facts.text};\n`,
      body: 'return schemaFacts;',
    },
  });

  // The CreateOrder request validator alone, as shipped and as Ajv's options (or a post-pass) could make it.
  const compiled = join(root, 'packages/validators/dist/generated/compiled.js');
  // compiled.js's export of the CreateOrder request function, whatever the generator names it.
  const [exported, shippedFn] = Object.entries(await import(pathToFileURL(compiled).href)).find(
    ([, fn]) => fn === createOrderValidators.request,
  );
  const alone = (from) => bundleOf(`export { ${exported} } from '${from}';`);
  const validators = [];
  const api = await bundleOf("export { validateCreateOrderRequest } from '@hwc-workspace/validators';");
  validators.push({ name: '(a) validateCreateOrderRequest, package API (+ responses, hints, issues)', size: api, same: '-' });
  const fn = await alone(compiled);
  validators.push({
    name: '(a) the compiled request function alone, as shipped',
    size: fn,
    same: sameIssues({ CreateOrder: shippedFn }, bodies, shippedFn),
  });
  const options = {
    "generator's options, rebuilt here (calibration)": {},
    'inlineRefs: false': { inlineRefs: false },
    'code.optimize: 0': { code: { optimize: 0 } },
    'code.optimize: 2': { code: { optimize: 2 } },
    'allErrors: false (first error only)': { allErrors: false },
  };
  let i = 0;
  for (const [name, overrides] of Object.entries(options)) {
    const c = await loadCandidate(dir, `floor-${i++}`, (only) => ajvStandaloneSource(model, overrides, only));
    validators.push({ name: `(b) Ajv standalone, ${name}`, size: c.size, same: sameIssues(c.mod, bodies, shippedFn) });
  }
  const helper = errorHelperVariant(dir);
  const helperMod = await import(pathToFileURL(helper.file).href);
  validators.push({
    name: `(b) shipped, ${helper.sites} error sites through one helper (generator post-pass)`,
    size: await alone(helper.file),
    same: sameIssues({ CreateOrder: helperMod[exported] }, bodies, shippedFn),
  });
  validators.push({
    name: `floor of any validator: the ${facts.schemas} schemas' facts as JSON (no code)`,
    size: facts,
    same: '-',
  });
  return { whole, parts, clientOnly, tokenOnly, floor, validators, facts };
}

export function printFloors(f) {
  process.stdout.write(
    `\nThe one-operation bundle (${kB(f.whole.gz)} min+gzip), part by part: what it loses when the part's modules are stubbed.\n`,
  );
  printGrid(
    ['part', 'gzip', 'minified'],
    [
      ...f.parts.map((p) => [p.name, kB(p.gz), kB(p.raw)]),
      ['the client alone (generated validators stubbed; run.ts, issues.ts kept)', kB(f.clientOnly.gz), kB(f.clientOnly.raw)],
      ['  less the optional parts: a token-only client', kB(f.tokenOnly.gz), kB(f.tokenOnly.raw)],
      [
        `floor: token-only client + validation runtime + the validator's schemas as data (${f.facts.schemas} schemas, facts only)`,
        kB(f.floor.gz),
        kB(f.floor.raw),
      ],
    ],
  );
  process.stdout.write(
    '\nThe CreateOrder validator alone; "same issues": verdict and issue list equal to the shipped function on the CreateOrder bodies of the spec examples and tables.\n',
  );
  printGrid(
    ['validator', 'gzip', 'minified', 'same issues'],
    f.validators.map((v) => [v.name, kB(v.size.gz), kB(v.size.raw), v.same]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const model = normalize(await loadSpec(join(root, 'spec/openapi.yaml'), root));
  printFloors(await bundleFloors(model, await benchBodies(root, model)));
}
