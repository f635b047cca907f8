/**
 * Declarations: the packages generated from test/fixtures/declarations (inline response types with
 * long descriptions, allOf-wrapped component references, as AWS's specs write them) are built as
 * `npm run build` builds them, and a consumer type-checks their .d.ts with skipLibCheck false.
 * Every exported value has a named type, so the client's declarations name the per-operation
 * types instead of inlining them: an inlined type is where tsc once spliced a JSDoc comment into
 * an indexed access (`T.components["schemas"] /** … *\/["Event"]`), and what made them large.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ScratchResult, scratchBuild } from '../scripts/scratch.mjs';

const SPEC = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/declarations/spec');
let build: ScratchResult;

beforeAll(async () => {
  build = await scratchBuild({ spec: SPEC, name: 'codegen-declarations' });
}, 600_000);

afterAll(() => {
  if (build && !process.env.KEEP_SCRATCH) rmSync(build.dir, { recursive: true, force: true });
});

const dts = (path: string) => readFileSync(join(build.dir, 'pkgs', path), 'utf8');

describe('declarations of a spec with long descriptions on inline response types', () => {
  it('build package by package and pass a consumer check with skipLibCheck false', () => {
    expect(build.status, build.message).toBe('built');
  });

  it('name the first success body (Result) only where Data is a union of several', () => {
    const types = dts('types/dist/generated/openapi.d.ts');
    expect(types).toMatch(/export type UpdateDataSetResult = /);
    expect(types).toMatch(/export type UpdateDataSetData =\s*\|?[^;]*\["responses"\]\[200\][^;]*\|[^;]*\["responses"\]\[202\]/);
    expect(types).not.toMatch(/GetDataSetResult|DeleteDataSetResult/);
    expect(types).toMatch(/export type GetDataSetData = /);
  });

  it('name the bound client and the per-operation types instead of inlining them', () => {
    const client = dts('client/dist/generated/operations.d.ts');
    expect(client).toContain('export declare function bindOperations(ctx: OperationContext): WorkspaceOperations;');
    expect(client).toMatch(
      /updateDataSet\(input: T\.UpdateDataSetInput, options\?: CallOptions\): Promise<WorkspaceResult<T\.UpdateDataSetData>>;/,
    );
    // Response properties appear in the types package only, never spelled out again downstream.
    for (const path of [
      'client/dist/generated/operations.d.ts',
      'client/dist/client.d.ts',
      'mocks/dist/generated/fixtures.d.ts',
      'validators/dist/generated/index.d.ts',
    ]) {
      const text = dts(path);
      expect(text, path).not.toContain('components[');
      expect(text, path).not.toMatch(/\bRevisions\??:/);
    }
  });
});
