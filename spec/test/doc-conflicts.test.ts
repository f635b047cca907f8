/**
 * docs/doc-conflicts.md lists every x-doc-conflict record of the spec: its generated part must be
 * what spec/scripts/doc-conflicts.mjs renders from the spec now. Records of differences with the
 * API definitions follow the agreed format (the record names `api-definition` among its sources;
 * each item has a kind and values).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflicts, DOC, render, withGenerated } from '../scripts/doc-conflicts.mjs';

type Difference = { kind: string; source?: string; values?: unknown[] };
type Record_ = {
  file: string;
  pointer: string;
  summary?: string;
  sources?: Record<string, unknown>;
  resolution?: string;
  differences?: Difference[];
};
const records = (conflicts as () => Record_[])();

describe('docs/doc-conflicts.md', () => {
  it('lists every record the spec has now (npm run doc-conflicts -w @hwc-workspace/spec rewrites it)', () => {
    const doc = readFileSync(DOC as string, 'utf8');
    expect((withGenerated as (d: string) => string)(doc)).toBe(doc);
    expect(records.length).toBeGreaterThan(50);
    const rows = (render as () => string)()
      .split('\n')
      .filter((l) => l.startsWith('| `spec/'));
    expect(rows).toHaveLength(records.length);
  });

  it('refuses a document without the markers of its generated part', () => {
    expect(() => (withGenerated as (d: string) => string)('# no markers\n')).toThrow(/markers of the generated part are missing/);
  });
});

describe('x-doc-conflict records', () => {
  it('each says what the sources say and what the spec does', () => {
    for (const r of records) {
      expect(r.summary, `${r.file}#${r.pointer}`).toEqual(expect.any(String));
      expect(r.resolution, `${r.file}#${r.pointer}`).toEqual(expect.any(String));
      expect(Object.keys(r.sources ?? {}).length, `${r.file}#${r.pointer}`).toBeGreaterThan(0);
    }
  });
  it('name api-definition among their sources when they record a difference with it, each item with a kind and values', () => {
    const withDefinition = records.filter((r) => (r.differences ?? []).some((d) => d.source === 'api-definition'));
    expect(withDefinition.length).toBeGreaterThan(30);
    for (const r of withDefinition) expect(Object.keys(r.sources ?? {}), `${r.file}#${r.pointer}`).toContain('api-definition');
    for (const d of records.flatMap((r) => r.differences ?? [])) {
      expect(d.kind).toEqual(expect.any(String));
      expect((d.values ?? []).length, d.kind).toBeGreaterThan(0);
    }
  });
});
