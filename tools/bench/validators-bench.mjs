// Validator candidates side by side, on the same bodies: every operation with a JSON request body,
// its spec examples and the allowed-body table (valid), the invalid-body table (invalid).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ajvRootSchema, createAjv } from '@hwc-workspace/codegen';
import { validateRequest, validatorsByOperation } from '@hwc-workspace/validators';
import { build } from 'esbuild';
import { bundle, median, throughputInterleaved } from './lib.mjs';
import { ajvStandaloneSource, loadCandidate, requestOperations, schemasafeSource } from './variants.mjs';

/** A TypeScript table of the spec tests, bundled and imported (the bench runs plain Node). */
async function importTs(file) {
  const out = await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** The bodies: [operationId, body] pairs, valid and invalid. */
export async function benchBodies(root, model) {
  const { INVALID_BODIES } = await importTs(join(root, 'spec/test/invalid-bodies.ts'));
  const { ALLOWED_BODIES } = await importTs(join(root, 'spec/test/allowed-bodies.ts'));
  const ops = new Set(requestOperations(model).map((o) => o.operationId));
  const valid = [
    ...model.operations
      .filter((o) => ops.has(o.operationId))
      .flatMap((o) => o.requestExamples.map((e) => [o.operationId, e.value])),
    ...ALLOWED_BODIES.map((c) => [c.operationId, JSON.parse(JSON.stringify(c.body))]),
  ];
  const invalid = INVALID_BODIES.map((c) => [c.operationId, JSON.parse(JSON.stringify(c.body))]);
  return { valid, invalid };
}

/**
 * The candidates: name → { fns: operationId → (body) => boolean, size, coldFile }.
 * `reference` is the 2020-12 view of the root schema the differential test uses.
 */
export async function buildCandidates(root, model, dir) {
  const candidates = {};
  const ops = requestOperations(model);
  // (a) what the package ships: the generated standalone functions, and the package API on top.
  candidates['(a) generated standalone, as shipped'] = {
    fns: Object.fromEntries(ops.map((o) => [o.operationId, validatorsByOperation[o.operationId].request])),
    note: 'raw compiled function',
  };
  candidates['(a) package API validateRequest (issues in English)'] = {
    fns: Object.fromEntries(ops.map((o) => [o.operationId, (b) => validateRequest(o.operationId, b).ok])),
    size: await bundle({
      stdin: {
        contents: "export { validateCreateOrderRequest } from '@hwc-workspace/validators';",
        resolveDir: root,
        loader: 'js',
      },
    }),
    cold: 'cold-ours.mjs',
    note: 'raw function + toIssues on failure',
  };
  // (b) Ajv compiled at run time with the generator's options.
  const runtime = createAjv(model);
  candidates['(b) Ajv compiled at run time (createAjv)'] = {
    fns: Object.fromEntries(ops.map((o) => [o.operationId, runtime.getSchema(o.id)])),
    cold: 'cold-ajv.mjs',
    note: 'peer',
  };
  // (c) Ajv standalone, built here with the options that move the trade-off.
  const ajvVariants = {
    'code.optimize: 0': { code: { optimize: 0 } },
    'code.optimize: 1 (generator today)': {},
    'code.optimize: 2': { code: { optimize: 2 } },
    'code.optimize: default (true)': { code: { optimize: true } },
    'inlineRefs: false': { inlineRefs: false },
    'allErrors: false': { allErrors: false },
    'allErrors: false, inlineRefs: false': { allErrors: false, inlineRefs: false },
  };
  let i = 0;
  for (const [name, overrides] of Object.entries(ajvVariants)) {
    const c = await loadCandidate(dir, `ajv-${i++}`, (only) => ajvStandaloneSource(model, overrides, only));
    candidates[`(c) Ajv standalone, ${name}`] = { fns: c.mod, size: c.size, coldFile: c.file };
  }
  // (d) @exodus/schemasafe: same root schema as the differential test's reference (int32 is not a
  // 2020-12 format); discriminator is kept, schemasafe reads it.
  const reference = JSON.parse(JSON.stringify(ajvRootSchema(model), (k, v) => (k === 'format' && v === 'int32' ? undefined : v)));
  const safeVariants = {
    'includeErrors, allErrors': { includeErrors: true, allErrors: true },
    'includeErrors, first error': { includeErrors: true, allErrors: false },
    'verdict only (no errors)': { includeErrors: false },
  };
  for (const [name, options] of Object.entries(safeVariants)) {
    try {
      const c = await loadCandidate(dir, `schemasafe-${i++}`, (only) => schemasafeSource(model, reference, options, only));
      candidates[`(d) schemasafe, ${name}`] = { fns: c.mod, size: c.size, coldFile: c.file };
    } catch (e) {
      candidates[`(d) schemasafe, ${name}`] = { refused: String(e.message).split('\n')[0] };
    }
  }
  return candidates;
}

/** Runs every candidate over the bodies: verdicts against the shipped ones, rates, sizes, cold start. */
export function measureCandidates(candidates, bodies, { here, bodyFile, rootFile, node = process.execPath }) {
  const live = Object.entries(candidates).filter(([, c]) => !c.refused);
  const shipped = candidates['(a) generated standalone, as shipped'].fns;
  const verdict = (fns, [op, body]) => Boolean(fns[op](body));
  for (const [, c] of live) {
    c.agree = [...bodies.valid, ...bodies.invalid].filter((b) => verdict(c.fns, b) === verdict(shipped, b)).length;
    c.total = bodies.valid.length + bodies.invalid.length;
  }
  // One "op" validates one body; each function runs over the whole list, interleaved with the others.
  // Each runner is its own function (new Function), so no candidate shares call-site feedback with another.
  // eslint-disable-next-line no-new-func
  const runner = (fns, list) =>
    new Function('fns', 'list', 'return () => { for (let k = 0; k < list.length; k++) fns[list[k][0]](list[k][1]); };')(
      fns,
      list,
    );
  const fnsValid = Object.fromEntries(live.map(([n, c]) => [n, runner(c.fns, bodies.valid)]));
  const fnsInvalid = Object.fromEntries(live.map(([n, c]) => [n, runner(c.fns, bodies.invalid)]));
  const rv = throughputInterleaved(fnsValid, { rounds: 11, minMs: 150, batch: 10 });
  const ri = throughputInterleaved(fnsInvalid, { rounds: 11, minMs: 150, batch: 10 });
  for (const [n, c] of live) {
    c.valid = rv[n] * bodies.valid.length;
    c.invalid = ri[n] * bodies.invalid.length;
  }
  // Cold start: a fresh process imports the candidate (or compiles, for runtime Ajv) and validates one body.
  const coldRuns = Object.fromEntries(live.filter(([, c]) => c.cold || c.coldFile).map(([n]) => [n, []]));
  for (let r = 0; r < 7; r++) {
    for (const n of Object.keys(coldRuns)) {
      const c = candidates[n];
      const args = c.cold
        ? [join(here, c.cold), bodyFile, ...(c.cold === 'cold-ajv.mjs' ? [rootFile] : [])]
        : [join(here, 'cold-file.mjs'), c.coldFile, bodyFile];
      coldRuns[n].push(JSON.parse(execFileSync(node, args, { cwd: here, encoding: 'utf8' })).ms);
    }
  }
  for (const [n, v] of Object.entries(coldRuns)) candidates[n].coldMs = median(v);
  return candidates;
}
