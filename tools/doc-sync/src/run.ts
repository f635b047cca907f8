/** One doc-sync run: read pages, load the spec, compare. Exit 0 no drift, 1 drift, 2 bad input. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel, type SpecModel } from '@hwc-workspace/codegen/spec';
import { cacheKey, readCache, writeCache } from './cache.js';
import { compare } from './compare.js';
import { compareDefinition, specOperation } from './compare-definition.js';
import { type Draft, draftPage, writeDrafts } from './draft.js';
import { draftDefinition, tagsByMethod } from './draft-definition.js';
import { ExampleChecker, exampleFindings } from './examples-definition.js';
import { FetchError, type FetchOptions, fetchDefinitions } from './fetch.js';
import { addInput, type Inputs } from './input.js';
import { SpecIndex } from './locate.js';
import { PageError } from './page.js';
import { type PageReport, toJson, toText } from './report.js';
import { readInput } from './safe-fs.js';

export interface RunResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where the generator's spec entry lives: its files are part of the cache key (a new loader, a new model). */
const CODEGEN = new URL('./', import.meta.resolve('@hwc-workspace/codegen/spec'));

export const USAGE =
  'Usage: npm run doc-sync -- <page or definition files (.txt, .html, .json)…> [--json] [--draft <dir>]\n       npm run doc-sync -- --fetch <Operation…> | --fetch-all [--region cn-north-4] [--save <dir>] [--json] [--draft <dir>]';

/**
 * Downloads the definitions asked for (every operation of the spec for `all`), keeps them in
 * `save` when asked, and reads each like a file. Returns the one-line reason when one fails.
 */
async function fetchInputs(
  fetch: NonNullable<RunOptions['fetch']>,
  model: SpecModel,
  cwd: string,
  into: Inputs,
): Promise<string | undefined> {
  const names = fetch.names === 'all' ? model.operations.map((o) => o.operationId) : fetch.names;
  try {
    const got = await fetchDefinitions(names, fetch);
    const dir = fetch.save !== undefined ? resolve(cwd, fetch.save) : undefined;
    if (dir) mkdirSync(dir, { recursive: true });
    for (const { name, text } of got) {
      const shown = dir ? relative(cwd, join(dir, `${name}.json`)) : `${name} (API Explorer)`;
      if (dir) {
        // Written whole or not at all (a temp file created here and now, never one placed there
        // before, then renamed); a refreshed definition replaces the one saved before.
        const file = join(dir, `${name}.json`);
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        writeFileSync(tmp, text, { flag: 'wx', mode: 0o644 });
        renameSync(tmp, file);
      }
      addInput(into, text, shown);
    }
  } catch (e) {
    if (e instanceof FetchError || e instanceof PageError) return e.message;
    return `Failed to save the fetched definitions in ${fetch.save}: ${(e as Error).message}. Did you pass a writable --save directory?`;
  }
  return undefined;
}

export interface RunOptions {
  readonly json?: boolean;
  readonly root: string;
  readonly cwd: string;
  readonly spec?: string;
  readonly draft?: string;
  readonly cache?: boolean;
  /** Definitions to download instead of files: operation names, or every operation of the spec. */
  readonly fetch?: FetchOptions & { readonly names: readonly string[] | 'all'; readonly save?: string };
}

export async function run(files: readonly string[], options: RunOptions): Promise<RunResult> {
  if (files.length === 0 && !options.fetch) return { code: 2, stdout: '', stderr: `doc-sync: no page files given.\n${USAGE}\n` };
  const inputs: Inputs = { pages: [], operations: [] };
  for (const f of files) {
    const abs = resolve(options.cwd, f);
    const shown = relative(options.cwd, abs) || f;
    try {
      const bytes = readInput(abs);
      // A NUL byte marks a binary file; parsePage reports it as such.
      addInput(inputs, bytes.includes(0) ? '\u0000' : bytes.toString('utf8'), shown, abs);
    } catch (e) {
      if (e instanceof PageError) return { code: 2, stdout: '', stderr: `doc-sync: ${e.message}\n` };
      return {
        code: 2,
        stdout: '',
        stderr: `doc-sync: ${shown}:1: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`,
      };
    }
  }
  const { pages, operations } = inputs;
  const specPath = resolve(options.root, options.spec ?? 'spec/openapi.yaml');
  const specDir = resolve(specPath, '..');
  const key =
    options.cache === false
      ? ''
      : cacheKey(
          specDir,
          readdirSync(fileURLToPath(CODEGEN))
            .filter((f) => f.endsWith('.js'))
            .map((f) => fileURLToPath(new URL(f, CODEGEN))),
        );
  const cached = key ? readCache(specPath, key) : undefined;
  let model: SpecModel;
  if (cached) model = cached.model;
  else {
    model = await loadModel(specPath, options.root);
  }
  if (options.fetch) {
    const failed = await fetchInputs(options.fetch, model, options.cwd, inputs);
    if (failed) return { code: 2, stdout: '', stderr: `doc-sync: ${failed}\n` };
  }
  const index = new SpecIndex(specDir, options.root, cached?.index);
  const reports: PageReport[] = pages.map(({ file, page }) => {
    const findings = compare(page, model, index);
    const op = model.operations.find((o) => o.path === page.uri && o.method === page.method);
    return { file, title: page.title, ...(op ? { operationId: op.operationId } : {}), findings };
  });
  // Examples are checked with the validators' Ajv setup; verdicts are kept with the cached spec.
  const checker = new ExampleChecker(model, new Map(cached?.verdicts ?? []));
  for (const { file, op } of operations) {
    const found = specOperation(model, op);
    const findings = compareDefinition(op, model, index);
    if (found) findings.push(...(await exampleFindings(op, found, model, index, checker)));
    reports.push({
      file,
      title: `API definition ${op.name}`,
      ...(found ? { operationId: found.operationId } : {}),
      source: 'api-definition',
      findings,
    });
  }
  if (key) writeCache(specPath, { key, model, index: index.snapshot(), verdicts: [...checker.verdicts] });
  const drift = reports.some((r) => r.findings.some((f) => !f.known));
  let drafted: ReturnType<typeof writeDrafts> | undefined;
  if (options.draft !== undefined) {
    const missing = pages.filter(({ page }) => !model.operations.some((o) => o.path === page.uri && o.method === page.method));
    const missingOps = operations.filter(({ op }) => !specOperation(model, op));
    if (missing.length > 0 || missingOps.length > 0) {
      const ctx = {
        specDir: resolve(specPath, '..'),
        schemaNames: new Set(Object.keys(model.schemas)),
        operationIds: new Set(model.operations.map((o) => o.operationId)),
      };
      const defCtx = {
        ...ctx,
        taken: new Set(ctx.schemaNames),
        tagByMethod: tagsByMethod(model.document as Record<string, unknown>),
      };
      const dir = resolve(options.cwd, options.draft);
      try {
        const drafts: Draft[] = [
          ...missing.map(({ page }) => draftPage(page, ctx)),
          ...missingOps.map(({ op }) => draftDefinition(op, defCtx)),
        ];
        drafted = writeDrafts(drafts, dir, relative(options.cwd, dir) || '.');
      } catch (e) {
        return { code: 2, stdout: '', stderr: `doc-sync: ${(e as Error).message}\n` };
      }
    }
  }
  const stdout = options.json
    ? toJson(
        reports,
        drafted ? { files: drafted.files.map((f) => relative(options.cwd, f)), openapiLines: drafted.pathLines } : undefined,
      )
    : `${toText(reports)}${drafted ? drafted.text : ''}`;
  return { code: drift ? 1 : 0, stdout, stderr: '' };
}
