/**
 * Every row of every table on the four saved pages is in the spec, at the schema that names the
 * table in x-doc-table, with the same required flag and type. Runs when ../shared/seeds exists.
 * Operations with no saved page (x-source: sdk, no x-doc-page) have nothing to compare here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pageType, parsePage } from '@hwc-workspace/doc-sync';
import { describe, expect, it } from 'vitest';
import { loadModel, REPO_ROOT } from './load.js';

const SEEDS = resolve(REPO_ROOT, '..', 'shared', 'seeds');
const PAGES: Record<string, string> = {
  '000_6075e8cbbfd29d30.txt': 'AddDesktopSubResources',
  '001_68b9665e27a91b5d.txt': 'CreateOrder',
  '002_26debd16022edb9a.txt': 'CreateDesktopOrder',
  '003_f137158c4cc393fb.txt': 'CreateDesktopPoolChangeOrder',
};
type Json = Record<string, unknown>;
/** Sources of fields that no page has: the SDK models, a page's example only, or the API definition only. */
const OFF_PAGE = new Set(['sdk', 'doc-example', 'api-definition']);
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function specType(def: unknown, schemas: Record<string, unknown>): string {
  if (!isObj(def)) return 'unknown';
  if (typeof def.$ref === 'string') {
    const target = schemas[def.$ref.split('/').pop() ?? ''];
    return isObj(target) && target.type !== 'object' ? specType(target, schemas) : 'object';
  }
  return String(def.type);
}

describe.skipIf(!existsSync(SEEDS))('the saved doc pages are fully in the spec', async () => {
  const model = await loadModel();
  const doc = model.document as Json;
  const params = ((doc.components as Json).parameters ?? {}) as Record<string, Json>;
  it('has a saved page for every operation that names one in x-doc-page', () => {
    const paths = doc.paths as Record<string, Json>;
    const withPage = model.operations
      .filter((o) => (paths[o.path]?.[o.method.toLowerCase()] as Json | undefined)?.['x-doc-page'] !== undefined)
      .map((o) => o.operationId);
    expect(withPage.sort()).toEqual(Object.values(PAGES).sort());
  });
  for (const [file, operationId] of Object.entries(PAGES)) {
    const tables = parsePage(readFileSync(resolve(SEEDS, file), 'utf8'), file).tables;
    it(`${operationId}: the page has tables`, () => expect(tables.length).toBeGreaterThan(2));
    for (const table of tables) {
      it(`${operationId}: ${table.title}`, () => {
        const tagged = (node: Json) =>
          Array.isArray(node['x-doc-table']) &&
          (node['x-doc-table'] as Json[]).some((t) => t.page === operationId && t.table === table.title);
        if (/Path Parameters|header parameters/.test(table.title)) {
          const names = Object.values(params)
            .filter(tagged)
            .map((p) => p.name);
          expect(names.sort()).toEqual(table.rows.map((r) => r.name).sort());
          return;
        }
        const schemas = Object.entries(model.schemas).filter(([, s]) => isObj(s) && tagged(s)) as [string, Json][];
        expect(schemas.length, `no schema carries x-doc-table "${table.title}"`).toBeGreaterThan(0);
        for (const [name, schema] of schemas) {
          const props = (schema.properties ?? {}) as Json;
          const required = new Set((schema.required as string[] | undefined) ?? []);
          for (const row of table.rows) {
            const def = props[row.name];
            expect(def, `${name}.${row.name} missing`).toBeDefined();
            expect(specType(def, model.schemas), `${name}.${row.name} type`).toBe(pageType(row.type));
            if (row.mandatory === undefined) continue;
            const conflict = isObj(def) && Array.isArray(def['x-doc-conflict']);
            if (!conflict) expect(required.has(row.name), `${name}.${row.name} required`).toBe(row.mandatory);
          }
          const fromSdk = (d: unknown) =>
            isObj(d) &&
            (OFF_PAGE.has(String(d['x-source'])) ||
              (typeof d.$ref === 'string' &&
                OFF_PAGE.has(String((model.schemas[d.$ref.split('/').pop() ?? ''] as Json)?.['x-source']))));
          const documented = Object.entries(props)
            .filter(([, d]) => !fromSdk(d))
            .map(([k]) => k);
          expect(documented.sort(), `${name}: fields not on the page`).toEqual(table.rows.map((r) => r.name).sort());
        }
      });
    }
  }
});
