/**
 * doc-sync over Huawei's definitions in ../shared/definitions (skipped when absent): every file
 * reads, the operations the spec has (all twelve) are matched, any other is reported missing; and an
 * older version from history/ reports what changed since (CreateDesktopOrder 2026-01-16: the
 * `domain`, `ou_name` and `job_id` fields Huawei added later), whatever state the spec is in.
 * (That the spec follows the latest definitions is spec/'s own check.)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Finding, run } from '../src/index.js';
import { REPO } from './scratch.js';

const SHARED = join(REPO, '../shared/definitions');
const HAVE = [
  'AddDesktopSubResources',
  'CreateDesktopOrder',
  'CreateDesktopPoolChangeOrder',
  'CreateOrder',
  'EstimateAddResources',
  'EstimateChangeImages',
  'ListAvailabilityZones',
  'ListImages',
  'ListItaSubJobs',
  'ListProducts',
  'ShowJob',
  'ShowQuotas',
];
type Report = { title: string; operationId?: string; findings: Finding[] };

async function reports(files: string[]): Promise<{ code: number; pages: Report[]; stderr: string }> {
  const r = await run(files, { root: REPO, cwd: REPO, json: true });
  return { code: r.code, stderr: r.stderr, pages: r.stdout ? (JSON.parse(r.stdout) as { pages: Report[] }).pages : [] };
}

describe.skipIf(!existsSync(SHARED))('the shared definitions', () => {
  it('all read; the operations of the spec are matched, the rest are missing', async () => {
    const files = readdirSync(SHARED)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const r = await reports(files.map((f) => join(SHARED, f)));
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const matched = r.pages.filter((p) => p.operationId).map((p) => p.operationId);
    expect(matched.sort()).toEqual(HAVE);
    for (const p of r.pages.filter((x) => !x.operationId))
      expect(p.findings).toEqual([expect.objectContaining({ kind: 'operation-missing' })]);
  });

  it('CreateDesktopOrder of 2026-01-16 reports the fields added since (domain, ou_name, job_id) beside what the latest reports', async () => {
    const key = (f: Finding) => `${f.kind} ${f.where.file} ${f.where.pointer} ${(f.values ?? []).join(',')}`;
    const [old, latest] = await Promise.all([
      reports([join(SHARED, 'history/CreateDesktopOrder/2026-01-16.json')]),
      reports([join(SHARED, 'CreateDesktopOrder.json')]),
    ]);
    const now = new Set(latest.pages[0]!.findings.filter((f) => !f.known).map(key));
    const since = old.pages[0]!.findings.filter((f) => !f.known && !now.has(key(f)));
    expect(
      since
        .filter((f) => f.kind === 'field-removed')
        .map((f) => f.values?.[0])
        .sort(),
    ).toEqual(expect.arrayContaining(['domain', 'job_id', 'ou_name']));
  });
});
