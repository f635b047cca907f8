/**
 * Scale and input forms: a page's size costs linear time (each spec file parsed once, places
 * remembered, one line pushed at a time), examples are read with a real JSON tokenizer, an HTML
 * copy of a page gives the text copy's report, and a warm run reuses the normalized spec.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftPage, JsonScanner, parseHtmlPage, parsePage, run, SpecIndex } from '../src/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, 'fixtures');
const CLEAN = readFileSync(join(FIXTURES, 'clean-page.txt'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'doc-sync-scale-'));

/** The clean page with `n` extra rows in its request table (each one drift with a suggestion). */
function bigPage(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++)
    rows.push(`field_${i}\n\nNo\n\nInteger\n\nField ${i}: one of them.\n\n  • A${i}: first\n\n  • B${i}: second`);
  return CLEAN.replace('Size in centimetres.', `Size in centimetres.\n\n${rows.join('\n\n')}`);
}

async function report(n: number, json: boolean): Promise<void> {
  const file = join(tmp, `big-${n}.txt`);
  writeFileSync(file, bigPage(n));
  const r = await run([file], { root: FIXTURES, cwd: tmp, json });
  expect(r.code).toBe(1);
  if (json) expect((JSON.parse(r.stdout) as { impact: { minor: number } }).impact.minor).toBe(n);
  else expect(r.stdout).toContain(`field_${n - 1}`);
}

// Linear by construction, not by timing (speed is the bench's job): each spec file is parsed once
// however many places are asked for, and a 20k-row report is built without overflowing the stack.
describe('a large page', () => {
  it('asks for a place per row but parses each spec file at most once', () => {
    const index = new SpecIndex(join(FIXTURES, 'spec'), FIXTURES);
    for (let i = 0; i < 20_000; i++) index.component('Gadget', i % 2 ? '/properties/name' : `/properties/field_${i}`);
    expect(index.parsedFiles).toBeGreaterThan(0);
    expect(index.parsedFiles).toBeLessThanOrEqual(
      readdirSync(join(FIXTURES, 'spec'), { recursive: true }).filter((f) => /\.ya?ml$/.test(String(f))).length,
    );
  });

  it.each([false, true])(
    'json=%s: a 20k-row page gets its 20k findings',
    async (json) => {
      await report(20_000, json);
    },
    120_000,
  );
});

describe('examples', () => {
  it('are read with a JSON tokenizer: braces inside strings do not count', () => {
    const s = new JsonScanner();
    expect(s.feed('{"a": "}"}')).toBe(10);
    const escaped = '{"a": "\\"}", "b": [1, "]"]} trailing';
    expect(new JsonScanner().feed(escaped)).toBe(escaped.indexOf(' trailing'));
    const page = parsePage(CLEAN.replace('"name" : "box"', '"name" : "b}o{x\\"]"'), 'p.txt');
    expect(page.requestExamples).toEqual([{ name: 'b}o{x"]', color: 'RED' }]);
    const one = parsePage(CLEAN.replace('{\n  "name" : "box",\n  "color" : "RED"\n}', '{"a": "}"}'), 'p.txt');
    expect(one.requestExamples).toEqual([{ a: '}' }]);
  });
});

describe('an HTML copy of a page', () => {
  const strip = (stdout: string) =>
    stdout.replace(/ \(page line \d+\)/g, '').replace(/^[^\n]*clean-page\.(txt|html): /gm, 'PAGE: ');
  it('reads into the same page model as the text copy (line numbers aside)', () => {
    const noLines = (v: unknown) => JSON.stringify(v, (k, x) => (k === 'line' ? undefined : x));
    expect(noLines(parseHtmlPage(readFileSync(join(FIXTURES, 'clean-page.html'), 'utf8'), 'h'))).toBe(
      noLines(parsePage(CLEAN, 't')),
    );
  });
  it("a new page's HTML copy gives the text copy's page model and the same draft", () => {
    const dir = join(FIXTURES, 'new-pages');
    const noLines = (v: unknown) => JSON.stringify(v, (k, x) => (k === 'line' ? undefined : x));
    const h = parseHtmlPage(readFileSync(join(dir, 'delete-gizmo.html'), 'utf8'), 'h');
    const t = parsePage(readFileSync(join(dir, 'delete-gizmo.txt'), 'utf8'), 't');
    expect(noLines(h)).toBe(noLines(t));
    const ctx = { specDir: join(FIXTURES, 'spec'), schemaNames: new Set<string>(), operationIds: new Set<string>() };
    expect([...draftPage(h, ctx).files]).toEqual([...draftPage(t, ctx).files]);
  });
  it.each([false, true])('gives the same report, clean and mutated (json=%s)', async (json) => {
    const html = readFileSync(join(FIXTURES, 'clean-page.html'), 'utf8');
    for (const [t, h] of [
      [CLEAN, html],
      [
        CLEAN.replace('color\n\nNo', 'color\n\nYes').replace('Updated on 2026-01-05', 'Updated on 2026-02-01'),
        html
          .replace('<td>color</td><td>No</td>', '<td>color</td><td>Yes</td>')
          .replace('Updated on 2026-01-05', 'Updated on 2026-02-01'),
      ],
    ] as const) {
      writeFileSync(join(tmp, 'clean-page.txt'), t);
      writeFileSync(join(tmp, 'clean-page.html'), h);
      const a = await run(['clean-page.txt'], { root: FIXTURES, cwd: tmp, json });
      const b = await run(['clean-page.html'], { root: FIXTURES, cwd: tmp, json });
      expect(b.code).toBe(a.code);
      if (json) {
        const norm = (s: string) => JSON.parse(s, (k, v) => (k === 'pageLine' || k === 'file' ? undefined : v));
        expect(norm(b.stdout)).toEqual(norm(a.stdout));
      } else expect(strip(b.stdout)).toBe(strip(a.stdout));
    }
  });
});

describe('the warm-run cache', () => {
  it('gives the same report as a cold run, and a changed spec file is seen at once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'doc-sync-cache-'));
    cpSync(join(FIXTURES, 'spec'), join(root, 'spec'), { recursive: true });
    writeFileSync(join(root, 'page.txt'), CLEAN);
    const cold = await run(['page.txt'], { root, cwd: root, json: true, cache: false });
    const first = await run(['page.txt'], { root, cwd: root, json: true });
    const warm = await run(['page.txt'], { root, cwd: root, json: true });
    expect(first.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe(cold.stdout);
    appendFileSync(join(root, 'spec/schemas/gadget.yaml'), 'Extra:\n  type: string\n');
    const spec = join(root, 'spec/paths/gadgets.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('updated: 2026-01-05 GMT+08:00', 'updated: 2025-01-05 GMT+08:00'));
    const after = await run(['page.txt'], { root, cwd: root, json: true });
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('updated-changed');
  });
});
