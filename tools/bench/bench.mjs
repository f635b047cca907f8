// `npm run bench`: every figure is measured in this run, side by side with its named peer.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ajvRootSchema, createAjv, loadSpec, normalize, schemaId } from '@hwc-workspace/codegen';
import { validateCreateOrderRequest } from '@hwc-workspace/validators';
import { registerSchema, validate as hjValidate } from '@hyperjump/json-schema/draft-2020-12';
import { median, printTable, throughputAsync, throughputInterleaved, timeProcess } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'hwc-bench-'));
const rows = [];
const fmt = (n, unit) => `${n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(2)} ${unit}`;
const log = (m) => process.stderr.write(`bench: ${m}\n`);

// 1. Regeneration: whole processes, each given the same multi-file spec.
log('generation');
cpSync(join(root, 'spec'), join(work, 'spec'), { recursive: true, filter: (p) => !p.includes('node_modules') });
const node = process.execPath;
const ours = timeProcess(node, [join(root, 'tools/codegen/dist/cli.js'), '--root', work]);
const ots = timeProcess(node, [join(root, 'node_modules/openapi-typescript/bin/cli.js'), join(work, 'spec/openapi.yaml'), '-o', join(work, 'ots.ts')]);
const redocly = timeProcess(node, [require.resolve('@redocly/cli/bin/cli.js'), 'generate-client', join(work, 'spec/openapi.yaml'), '-o', join(work, 'redocly-client.ts')]);
rows.push({ name: 'regenerate all 4 packages vs openapi-typescript (types only)', ours: fmt(ours, 'ms'), peer: fmt(ots, 'ms'), ratio: `${(ours / ots).toFixed(2)}x`, target: '<= 2x', met: ours / ots <= 2 });
rows.push({ name: 'regenerate all 4 packages vs redocly generate-client', ours: fmt(ours, 'ms'), peer: fmt(redocly, 'ms'), ratio: `${(ours / redocly).toFixed(2)}x`, target: '<= 1x', met: ours / redocly <= 1 });

// 2. Validator throughput on the CreateOrder createDesktops example.
log('throughput');
const model = normalize(await loadSpec(join(root, 'spec/openapi.yaml'), root));
const example = model.operations.find((o) => o.operationId === 'CreateOrder').requestExamples.find((e) => e.name === 'createDesktops').value;
const bytes = JSON.stringify(example);
const schemaRoot = ajvRootSchema(model);
// The generator's own Ajv set-up (same options, formats and schemas), compiled in this process:
// only standalone-vs-runtime compilation differs.
const ajvFn = createAjv(model).getSchema(schemaId('CreateOrderRequest'));
const reference = JSON.parse(JSON.stringify(schemaRoot, (k, v) => (k === 'discriminator' ? undefined : k === 'format' && v === 'int32' ? undefined : v)));
registerSchema({ ...reference, $id: 'https://bench.test/spec', $schema: 'https://json-schema.org/draft/2020-12/schema' });
const hj = await hjValidate('https://bench.test/spec#/$defs/CreateOrderRequest');
if (!validateCreateOrderRequest(example).ok || !ajvFn(example) || !hj(example).valid) throw new Error('Failed to benchmark: the example does not validate');
const { oursRate, ajvRate, parseRate } = throughputInterleaved({
  oursRate: () => validateCreateOrderRequest(example),
  ajvRate: () => ajvFn(example),
  parseRate: () => JSON.parse(bytes),
});
const hjRate = await throughputAsync(() => hj(example).valid);
rows.push({ name: 'validate createDesktops vs Ajv compiled at run time', ours: fmt(oursRate, 'ops/s'), peer: fmt(ajvRate, 'ops/s'), ratio: `${(oursRate / ajvRate).toFixed(2)}x`, target: '>= 1x', met: oursRate >= ajvRate * 0.97 });
rows.push({ name: 'validate createDesktops vs @hyperjump/json-schema', ours: fmt(oursRate, 'ops/s'), peer: fmt(hjRate, 'ops/s'), ratio: `${(oursRate / hjRate).toFixed(1)}x`, target: '>= 20x', met: oursRate / hjRate >= 20 });
rows.push({ name: `validate createDesktops vs JSON.parse of its ${bytes.length} bytes`, ours: fmt(oursRate, 'ops/s'), peer: fmt(parseRate, 'ops/s'), ratio: `${(oursRate / parseRate).toFixed(2)}x`, target: '>= 1x', met: oursRate >= parseRate });

// 3. Cold start: fresh processes; import + first validation vs Ajv set-up + compile + validation.
log('cold start');
const bodyFile = join(work, 'body.json');
const rootFile = join(work, 'root.json');
writeFileSync(bodyFile, bytes);
writeFileSync(rootFile, JSON.stringify(schemaRoot));
const cold = (script, ...args) => median(Array.from({ length: 7 }, () => JSON.parse(execFileSync(node, [join(here, script), ...args], { cwd: here, encoding: 'utf8' })).ms));
const coldOurs = cold('cold-ours.mjs', bodyFile);
const coldAjv = cold('cold-ajv.mjs', bodyFile, rootFile);
rows.push({ name: 'cold start: import + first validation vs Ajv compile at start-up', ours: fmt(coldOurs, 'ms'), peer: fmt(coldAjv, 'ms'), ratio: `${(coldOurs / coldAjv).toFixed(3)}x`, target: '<= 0.1x', met: coldOurs / coldAjv <= 0.1 });

// 4. Bundle: a consumer that validates and calls one operation, minified, gzipped, nothing excluded.
log('bundle');
/** Minified ESM bundle of an entry, for browsers, nothing excluded: raw and gzip-9 sizes in bytes. */
async function bundleSize(entry) {
  const out = await build({ ...entry, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, absWorkingDir: here, logLevel: 'silent' });
  const bytes = out.outputFiles[0].contents;
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}
const { raw, gz } = await bundleSize({ entryPoints: [join(here, 'consumer.mjs')] });
const validatorOnly = await bundleSize({ stdin: { contents: "export { validateCreateOrderRequest } from '@hwc-workspace/validators';", resolveDir: here, loader: 'js' } });
rows.push({ name: 'bundle: validate + call createOrder alone (esbuild, min+gzip)', ours: fmt(gz / 1024, 'kB'), peer: `${fmt(raw / 1024, 'kB')} raw`, ratio: '-', target: '<= 12 kB', met: gz <= 12 * 1024 });
rows.push({ name: '  of which validateCreateOrderRequest alone (min+gzip)', ours: fmt(validatorOnly.gz / 1024, 'kB'), peer: `${fmt(validatorOnly.raw / 1024, 'kB')} raw`, ratio: '-', target: '-', met: true });

// 5. Per-call latency on loopback: raw fetch vs the client (token) vs the client (AK/SK + validation).
log('latency');
const { createServer } = await import('node:http');
const { createWorkspaceClient, signRequest } = await import('@hwc-workspace/client');
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json', 'X-Request-Id': 'r' }).end('{"order_id":"CS1"}'));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const endpoint = `http://127.0.0.1:${server.address().port}`;
const orderUrl = `${endpoint}/v2/p1/periodic/subscribe/order`;
const tokenClient = createWorkspaceClient({ endpoint, projectId: 'p1', auth: { token: 't' }, validate: false });
const akskClient = createWorkspaceClient({ endpoint, projectId: 'p1', auth: { accessKey: 'AK', secretKey: 'SK' }, validate: true });
const contenders = {
  raw: async () => (await fetch(orderUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Auth-Token': 't' }, body: JSON.stringify(example) })).json(),
  token: () => tokenClient.createOrder(example),
  aksk: () => akskClient.createOrder(example),
  // The signature alone, no network: three dependent WebCrypto calls and the header work.
  sign: () => signRequest(new Request(orderUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Project-Id': 'p1' }, body: JSON.stringify(example) }), { accessKey: 'AK', secretKey: 'SK' }),
};
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let round = 0; round < 8; round++) {
  for (const [name, fn] of Object.entries(contenders)) {
    for (let i = 0; i < 250; i++) {
      const t0 = performance.now();
      await fn();
      if (round > 0) samples[name].push(performance.now() - t0);
    }
  }
}
server.close();
const lat = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
rows.push({ name: 'latency per call: client (token) vs raw fetch', ours: fmt(lat.token * 1000, 'µs'), peer: fmt(lat.raw * 1000, 'µs'), ratio: `${(lat.token / lat.raw).toFixed(2)}x`, target: '-', met: true });
rows.push({ name: 'latency per call: client (AK/SK + validation) vs raw fetch', ours: fmt(lat.aksk * 1000, 'µs'), peer: fmt(lat.raw * 1000, 'µs'), ratio: `${(lat.aksk / lat.raw).toFixed(2)}x`, target: '<= 1.15x', met: lat.aksk / lat.raw <= 1.15 });
rows.push({ name: '  signing alone: signRequest on a fresh Request, no network', ours: fmt(lat.sign * 1000, 'µs'), peer: fmt(lat.raw * 1000, 'µs'), ratio: `${(lat.sign / lat.raw).toFixed(2)}x`, target: '-', met: true });

// 6. doc-sync: a warm run over the four saved pages (the normalized spec cached), and a page of 100k rows.
log('doc-sync');
const docSync = join(root, 'tools/doc-sync/dist/cli.js');
const seeds = resolve(root, '../shared/seeds');
const seedPages = existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f)) : [];
const bare = timeProcess(node, ['-e', '']);
if (seedPages.length > 0) {
  spawnSync(node, [docSync, ...seedPages]); // warms the cache
  const warm = timeProcess(node, [docSync, ...seedPages]);
  rows.push({ name: `doc-sync warm run over the ${seedPages.length} saved pages vs node starting empty`, ours: fmt(warm, 'ms'), peer: fmt(bare, 'ms'), ratio: `${(warm / bare).toFixed(2)}x`, target: '<= 1000 ms', met: warm <= 1000 });
}
const fixtures = join(root, 'tools/doc-sync/test/fixtures');
const clean = readFileSync(join(fixtures, 'clean-page.txt'), 'utf8');
const many = [];
for (let i = 0; i < 100_000; i++) many.push(`field_${i}\n\nNo\n\nInteger\n\nField ${i}.`);
const bigPage = join(work, 'big-page.txt');
writeFileSync(bigPage, clean.replace('Size in centimetres.', `Size in centimetres.\n\n${many.join('\n\n')}`));
for (const json of [false, true]) {
  const t0 = performance.now();
  const r = spawnSync(node, [docSync, bigPage, '--root', fixtures, ...(json ? ['--json'] : [])], { maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 1) throw new Error(`Failed to run doc-sync on the 100k-row page: exit ${r.status}`);
  rows.push({ name: `doc-sync on a 100k-row page (${json ? 'JSON' : 'text'} report)`, ours: fmt(ms, 'ms'), peer: '-', ratio: '-', target: '<= 10000 ms', met: ms <= 10_000 });
}

printTable(rows);
process.stdout.write(`\nMachine: ${process.platform} ${process.arch}, Node ${process.version}. Medians of repeated runs; generation and cold start are whole processes.\n`);
