/** The validators emitter writes each compiled schema once: operation modules import, never repeat. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { generate, loadSpec } from '../src/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

it.each(['shapes', 'discriminated'])(
  '%s: every validator function is defined once, in compiled.ts, with no module-level side effects',
  async (name) => {
    const root = join(FIXTURES, name);
    const files = await generate(await loadSpec(join(root, 'spec/openapi.yaml'), root));
    const validators = [...files].filter(([path]) => path.startsWith('packages/validators/src/generated/'));
    const defined = validators.flatMap(([path, text]) =>
      [...text.matchAll(/^function (validate\d+)\(/gm)].map((m) => `${m[1]} ${path.split('/').pop()}`),
    );
    expect(defined.length).toBeGreaterThan(0);
    expect(defined.every((d) => d.endsWith(' compiled.ts'))).toBe(true);
    expect(new Set(defined).size).toBe(defined.length);
    const compiled = files.get('packages/validators/src/generated/compiled.ts') ?? '';
    // Ajv's one module-level statement (validateN.evaluated = …) is moved into validateN's first call.
    expect(compiled).not.toMatch(/^validate\d+\.evaluated = /m);
    expect(compiled).toMatch(/^const evaluated\d+ = (validate\d+)\.evaluated \|\| \(\1\.evaluated = \{/m);
    // Each operation module imports its validators (the others: the compiled code, the index, formats and the runtime copies).
    const others = new Set(['compiled.ts', 'index.ts', 'formats.ts', 'int32.ts', 'linear.ts']);
    for (const [path, text] of validators)
      if (!others.has(path.split('/').pop() ?? '')) expect(text, path).toMatch(/from '\.\/compiled\.js';/);
  },
);
