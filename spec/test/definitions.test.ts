/**
 * The spec follows Huawei's API definitions of its operations (issue 17): doc-sync compares each
 * operation with its definition (every operation but ListVolumeProductInfo, which is x-source: sdk:
 * no definition of it is shared) and must find no drift, that is every difference is encoded or
 * recorded in an x-doc-conflict item with `source: api-definition`. The latest definitions are in
 * ../shared/definitions; their facts (names, types, bounds, patterns, enums, defaults, required
 * flags, statuses; no descriptions or examples, see definition-facts.ts) are committed in
 * fixtures/definitions, so the same check runs without ../shared. When ../shared is there, the
 * committed facts must equal those of the shared files: `UPDATE_DEFINITION_FACTS=1` rewrites them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Finding, run } from '@hwc-workspace/doc-sync';
import { describe, expect, it } from 'vitest';
import { definitionFacts } from './definition-facts.js';
import { loadModel, REPO_ROOT, SPEC_DIR } from './load.js';

const SHARED = resolve(REPO_ROOT, '..', 'shared', 'definitions');
const FACTS = join(SPEC_DIR, 'test', 'fixtures', 'definitions');
const UPDATE = process.env.UPDATE_DEFINITION_FACTS === '1';
const model = await loadModel();
// Every operation but those known only from the SDK models (no API Explorer definition is shared for them).
const opNode = (o: (typeof model.operations)[number]) =>
  ((model.document as Record<string, Record<string, Record<string, unknown>>>).paths[o.path] ?? {})[o.method.toLowerCase()] ?? {};
const operations = model.operations
  .filter((o) => opNode(o)['x-source'] !== 'sdk')
  .map((o) => o.operationId)
  .sort();

interface Report {
  readonly operationId?: string;
  readonly findings: readonly Finding[];
}

async function compare(file: string): Promise<{ code: number; stderr: string; reports: Report[] }> {
  const r = await run([file], { root: REPO_ROOT, cwd: REPO_ROOT, json: true });
  return { code: r.code, stderr: r.stderr, reports: r.stdout ? (JSON.parse(r.stdout) as { pages: Report[] }).pages : [] };
}

/** Drift in a definition's report, as `kind message (file#pointer)` lines, so a failure says where. */
function drift(reports: readonly Report[]): string[] {
  return reports.flatMap((r) =>
    r.findings.filter((f) => !f.known).map((f) => `${f.kind} ${f.message} (${f.where.file}#${f.where.pointer})`),
  );
}

/** doc-sync over one definition file matches the operation and reports no drift (exit 0). */
async function expectNoDrift(file: string, id: string): Promise<void> {
  const r = await compare(file);
  expect(r.stderr).toBe('');
  expect(r.reports.map((p) => p.operationId)).toEqual([id]);
  expect(drift(r.reports)).toEqual([]);
  expect(r.code).toBe(0);
}

const facts = (text: string) => `${JSON.stringify(definitionFacts(JSON.parse(text) as Record<string, unknown>), null, 1)}\n`;

describe.skipIf(!existsSync(SHARED))('the latest shared definitions', () => {
  if (UPDATE) {
    mkdirSync(FACTS, { recursive: true });
    for (const id of operations)
      if (existsSync(join(SHARED, `${id}.json`)))
        writeFileSync(join(FACTS, `${id}.json`), facts(readFileSync(join(SHARED, `${id}.json`), 'utf8')));
  }
  it.each(operations)('%s: doc-sync finds no drift', (id) => expectNoDrift(join(SHARED, `${id}.json`), id));
  it.each(operations)(
    '%s: the committed facts are those of the shared definition (UPDATE_DEFINITION_FACTS=1 rewrites them)',
    (id) => {
      expect(readFileSync(join(FACTS, `${id}.json`), 'utf8')).toBe(facts(readFileSync(join(SHARED, `${id}.json`), 'utf8')));
    },
  );
});

describe('the committed facts of the definitions (the same check without ../shared)', () => {
  it('cover exactly the operations of the spec', () => {
    expect(
      readdirSync(FACTS)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.json$/, ''))
        .sort(),
    ).toEqual(operations);
  });
  it.each(operations)('%s: doc-sync finds no drift', (id) => expectNoDrift(join(FACTS, `${id}.json`), id));
  it("hold no descriptions, summaries or examples (Huawei's text)", () => {
    const TEXT = /^(description|summary|examples?|x-example|x-request-examples.*)$/;
    const found: string[] = [];
    // Keys of a `properties` map are field names (a field may be called `description`).
    const walk = (node: unknown, at: string, names: boolean): void => {
      if (Array.isArray(node)) return node.forEach((v, i) => walk(v, `${at}/${i}`, false));
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        if (!names && TEXT.test(k)) found.push(`${at}/${k}`);
        walk(v, `${at}/${k}`, !names && k === 'properties');
      }
    };
    for (const f of readdirSync(FACTS)) {
      const text = readFileSync(join(FACTS, f), 'utf8');
      walk(JSON.parse(text), f, false);
      expect(text, f).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(found).toEqual([]);
  });
});
