/** One doc-sync run: read pages, load the spec, compare. Exit 0 no drift, 1 drift, 2 bad input. */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadSpec, normalize } from '@hwc-workspace/codegen';
import { compare } from './compare.js';
import { SpecIndex } from './locate.js';
import { PageError } from './page.js';
import { parsePage } from './parse.js';
import { toJson, toText, type PageReport } from './report.js';

export interface RunResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

export async function run(files: readonly string[], options: { json?: boolean; root: string; cwd: string; spec?: string }): Promise<RunResult> {
  if (files.length === 0) return { code: 2, stdout: '', stderr: 'doc-sync: no page files given.\nUsage: npm run doc-sync -- <page files…> [--json]\n' };
  const pages = [];
  for (const f of files) {
    const abs = resolve(options.cwd, f);
    const shown = relative(options.cwd, abs) || f;
    try {
      const bytes = readFileSync(abs);
      // A NUL byte marks a binary file; parsePage reports it as such.
      pages.push({ file: shown, page: parsePage(bytes.includes(0) ? '\u0000' : bytes.toString('utf8'), shown) });
    } catch (e) {
      if (e instanceof PageError) return { code: 2, stdout: '', stderr: `doc-sync: ${e.message}\n` };
      return { code: 2, stdout: '', stderr: `doc-sync: ${shown}:1: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n` };
    }
  }
  const specPath = resolve(options.root, options.spec ?? 'spec/openapi.yaml');
  const model = normalize(await loadSpec(specPath, options.root));
  const index = new SpecIndex(resolve(specPath, '..'), options.root);
  const reports: PageReport[] = pages.map(({ file, page }) => {
    const findings = compare(page, model, index);
    const op = model.operations.find((o) => o.path === page.uri && o.method === page.method);
    return { file, title: page.title, ...(op ? { operationId: op.operationId } : {}), findings };
  });
  const drift = reports.some((r) => r.findings.some((f) => !f.known));
  return { code: drift ? 1 : 0, stdout: options.json ? toJson(reports) : toText(reports), stderr: '' };
}
