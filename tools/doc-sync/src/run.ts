/** One doc-sync run: read pages, load the spec, compare. Exit 0 no drift, 1 drift, 2 bad input. */
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Codegen from '@hwc-workspace/codegen';
import type { SpecModel } from '@hwc-workspace/codegen';
import { cacheKey, readCache, writeCache } from './cache.js';
import { compare } from './compare.js';
import { compareDefinition } from './compare-definition.js';
import { looksLikeDefinition, parseDefinition, type DefOperation } from './definition.js';
import { draftPage, writeDrafts, type Draft } from './draft.js';
import { draftDefinition, tagsByMethod } from './draft-definition.js';
import { SpecIndex } from './locate.js';
import { PageError, type Page } from './page.js';
import { looksLikeHtml, parseHtmlPage } from './html.js';
import { parsePage } from './parse.js';
import { toJson, toText, type PageReport } from './report.js';

export interface RunResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The generator's loader and normalizer only: its index also loads the emitters (openapi-typescript,
 * TypeScript itself), which would triple doc-sync's start-up time for nothing.
 */
const CODEGEN = new URL('./', import.meta.resolve('@hwc-workspace/codegen'));
async function codegen(): Promise<Pick<typeof Codegen, 'loadSpec' | 'normalize'>> {
  const base = CODEGEN;
  const [load, normalize] = await Promise.all([import(new URL('load.js', base).href), import(new URL('normalize.js', base).href)]);
  return { loadSpec: (load as typeof Codegen).loadSpec, normalize: (normalize as typeof Codegen).normalize };
}

const USAGE = 'Usage: npm run doc-sync -- <page or definition files (.txt, .html, .json)…> [--json] [--draft <dir>]';

/** The spec's operation a definition's describes: by operationId, else by method and path. */
export function specOperation(model: SpecModel, op: DefOperation): SpecModel['operations'][number] | undefined {
  return model.operations.find((o) => o.operationId === op.operationId) ?? model.operations.find((o) => o.method === op.method && o.path === op.path);
}

export async function run(files: readonly string[], options: { json?: boolean; root: string; cwd: string; spec?: string; draft?: string; cache?: boolean }): Promise<RunResult> {
  if (files.length === 0) return { code: 2, stdout: '', stderr: `doc-sync: no page files given.\n${USAGE}\n` };
  const pages: { file: string; page: Page }[] = [];
  const operations: { file: string; op: DefOperation }[] = [];
  for (const f of files) {
    const abs = resolve(options.cwd, f);
    const shown = relative(options.cwd, abs) || f;
    try {
      const bytes = readFileSync(abs);
      // A NUL byte marks a binary file; parsePage reports it as such.
      const text = bytes.includes(0) ? '\u0000' : bytes.toString('utf8');
      // Recognised by content: an API Explorer definition (JSON), an HTML page, or a text page.
      if (looksLikeDefinition(text)) for (const op of parseDefinition(text, shown).operations) operations.push({ file: shown, op });
      else pages.push({ file: shown, page: looksLikeHtml(abs, text) && !text.includes('\u0000') ? parseHtmlPage(text, shown) : parsePage(text, shown) });
    } catch (e) {
      if (e instanceof PageError) return { code: 2, stdout: '', stderr: `doc-sync: ${e.message}\n` };
      return { code: 2, stdout: '', stderr: `doc-sync: ${shown}:1: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n` };
    }
  }
  const specPath = resolve(options.root, options.spec ?? 'spec/openapi.yaml');
  const specDir = resolve(specPath, '..');
  const key = options.cache === false ? '' : cacheKey(specDir, readdirSync(fileURLToPath(CODEGEN)).filter((f) => f.endsWith('.js')).map((f) => fileURLToPath(new URL(f, CODEGEN))));
  const cached = key ? readCache(specPath, key) : undefined;
  let model: SpecModel;
  if (cached) model = cached.model;
  else {
    const { loadSpec, normalize } = await codegen();
    model = normalize(await loadSpec(specPath, options.root));
  }
  const index = new SpecIndex(specDir, options.root, cached?.index);
  const reports: PageReport[] = pages.map(({ file, page }) => {
    const findings = compare(page, model, index);
    const op = model.operations.find((o) => o.path === page.uri && o.method === page.method);
    return { file, title: page.title, ...(op ? { operationId: op.operationId } : {}), findings };
  });
  for (const { file, op } of operations) {
    const found = specOperation(model, op);
    reports.push({ file, title: `API definition ${op.name}`, ...(found ? { operationId: found.operationId } : {}), findings: compareDefinition(op, model, index) });
  }
  if (key) writeCache(specPath, { key, model, index: index.snapshot() });
  const drift = reports.some((r) => r.findings.some((f) => !f.known));
  let drafted: ReturnType<typeof writeDrafts> | undefined;
  if (options.draft !== undefined) {
    const missing = pages.filter(({ page }) => !model.operations.some((o) => o.path === page.uri && o.method === page.method));
    const missingOps = operations.filter(({ op }) => !specOperation(model, op));
    if (missing.length > 0 || missingOps.length > 0) {
      const ctx = { specDir: resolve(specPath, '..'), schemaNames: new Set(Object.keys(model.schemas)), operationIds: new Set(model.operations.map((o) => o.operationId)) };
      const defCtx = { ...ctx, taken: new Set(ctx.schemaNames), tagByMethod: tagsByMethod(model.document as Record<string, unknown>) };
      const dir = resolve(options.cwd, options.draft);
      try {
        const drafts: Draft[] = [...missing.map(({ page }) => draftPage(page, ctx)), ...missingOps.map(({ op }) => draftDefinition(op, defCtx))];
        drafted = writeDrafts(drafts, dir, relative(options.cwd, dir) || '.');
      } catch (e) {
        return { code: 2, stdout: '', stderr: `doc-sync: ${(e as Error).message}\n` };
      }
    }
  }
  const stdout = options.json ? toJson(reports, drafted ? { files: drafted.files.map((f) => relative(options.cwd, f)), openapiLines: drafted.pathLines } : undefined) : `${toText(reports)}${drafted ? drafted.text : ''}`;
  return { code: drift ? 1 : 0, stdout, stderr: '' };
}
