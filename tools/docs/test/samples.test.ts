/**
 * The reference's code samples: every operation has a TypeScript call and a curl line, and the
 * TypeScript ones type-check against the workspace's packages (strict, nodenext).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without types
import { specWithSamples } from '../samples.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
type Sample = { lang: string; label: string; source: string };
type Op = { methodName: string; path: string; method: string };

describe('x-codeSamples', () => {
  it('gives every operation a TypeScript call and a curl line, and the TypeScript ones compile', async () => {
    const { model, document } = (await specWithSamples(resolve(ROOT, 'spec/openapi.yaml'), ROOT)) as {
      model: { operations: Op[] };
      document: { paths: Record<string, Record<string, { 'x-codeSamples': Sample[] }>> };
    };
    const dir = join(HERE, '../.samples');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const op of model.operations) {
      const samples = document.paths[op.path]?.[op.method.toLowerCase()]?.['x-codeSamples'] ?? [];
      expect(samples.map((s) => s.lang)).toEqual(['TypeScript', 'Shell']);
      expect(samples[1]?.source).toMatch(new RegExp(`^curl -X ${op.method} "https://`));
      writeFileSync(join(dir, `${op.methodName}.ts`), `${samples[0]?.source}export {};\n`);
    }
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: ['node'],
          skipLibCheck: false,
        },
        include: ['*.ts'],
      }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
