/**
 * The corpus's own logic (scripts/corpus-lib.mjs), checked lightly: `npm run corpus` itself takes
 * minutes and is not part of CI.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, directoryDocuments, failures, render, seededSample, unclear } from '../scripts/corpus-lib.mjs';

type Result = { label: string; status: string; message: string; warnings: string[]; seconds: number };
const result = (status: string, message = '', label = 'x'): Result => ({ label, status, message, warnings: [], seconds: 1 });

describe('directoryDocuments', () => {
  it('lists the OpenAPI 3.0 and 3.1 JSON documents under a folder, by label, with their sizes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hwc-corpus-'));
    mkdirSync(join(dir, 'example.com'));
    writeFileSync(join(dir, 'example.com/a.json'), '{"openapi":"3.0.0","info":{}}');
    writeFileSync(join(dir, 'b.json'), '{"openapi":"3.1.0","paths":{"/x":{}}}');
    writeFileSync(join(dir, 'old.json'), '{"swagger":"2.0"}');
    writeFileSync(join(dir, 'four.json'), '{"openapi":"4.0.0"}');
    writeFileSync(join(dir, 'notes.txt'), '{"openapi":"3.0.0"}');
    expect(directoryDocuments(dir).map((d: { label: string; bytes: number }) => [d.label, d.bytes])).toEqual([
      ['b', 37],
      ['example.com/a', 29],
    ]);
  });
});

describe('seededSample', () => {
  const docs = Array.from({ length: 100 }, (_, i) => ({
    label: `d${String(i).padStart(3, '0')}`,
    file: '',
    bytes: i === 42 ? 10_000 : i,
  }));

  it('draws the same documents for the same seed, others for another, always with the largest', () => {
    const a = seededSample(docs, { seed: 16, size: 10 });
    expect(a).toHaveLength(10);
    expect(seededSample(docs, { seed: 16, size: 10 })).toEqual(a);
    expect(seededSample(docs, { seed: 17, size: 10 })).not.toEqual(a);
    for (const seed of [1, 2, 3])
      expect(seededSample(docs, { seed, size: 5 }).map((d: { label: string }) => d.label)).toContain('d042');
    expect(a.map((d: { label: string }) => d.label)).toEqual([...a.map((d: { label: string }) => d.label)].sort());
    expect(seededSample(docs, { seed: 1, size: 1000 })).toHaveLength(100);
  });
});

describe('classify, unclear, failures and render', () => {
  const header = 'hwc-codegen: the spec has problems; nothing was written.\n';
  it('names the class of a refusal from its first problem', () => {
    expect(classify(result('refused', `${header}spec/d.json:1 #/paths/~1x: Can't resolve $ref: ENOENT shared.json`))).toBe(
      'unresolvable $ref',
    );
    expect(
      classify(
        result('refused', `${header}spec/s.json:1 #/components/schemas/A/pattern: pattern "^(a+)+$" can take exponential time`),
      ),
    ).toBe('pattern: may backtrack');
    expect(
      classify(result('refused', `${header}spec/s.json:1 #/x: duplicate operationId "A", already used at spec/s.json:1 #/y`)),
    ).toBe('duplicate operationId');
    expect(classify(result('refused', `${header}spec/s.json:1 #/x: something new`))).toBe('other');
    expect(classify(result('over-limit', 'the generator ran longer than 120 s and was stopped'))).toBe('over-limit');
  });

  it('counts broken, crashed and refusals without a place as failures, and over-limit as its own class only', () => {
    const results = [
      result('built', 'ok', 'a'),
      result('refused', `${header}spec/a.json:1 #/x: duplicate operationId "A"`, 'b'),
      result('refused', `${header}something went wrong\n    at foo (x.js:1:1)`, 'c'),
      result('broken', 'the build of mocks failed:\npkgs/client/dist/generated/operations.d.ts(3590,22): error TS1005', 'd'),
      result('crashed', 'the generator exited 2', 'e'),
      result('over-limit', 'the generator ran longer than 120 s and was stopped', 'f'),
    ];
    expect(unclear(results[1])).toBe(false);
    expect(unclear(results[2])).toBe(true);
    expect(failures(results).map((r: Result) => r.label)).toEqual(['c', 'd', 'e']);
    const report = render('sample', results, 12);
    expect(report).toContain(
      '| d | broken | broken | 1 | the build of mocks failed: pkgs/client/dist/generated/operations.d.ts(3590,22): error TS1005 |',
    );
    expect(report).toContain(
      'Totals: 6 documents: 1 built, 2 refused, 1 broken, 1 crashed, 1 over the limit (1 refusals name no place); 12 s.',
    );
    expect(report).toContain('Refused by class: duplicate operationId 1, other 1.');
  });
});
