/**
 * End to end for patterns the generator does not trust to a backtracking engine:
 * tools/codegen/test/fixtures/patterns/spec holds one of each kind (linear, exponential, quadratic,
 * needless escapes, Ruby anchors). A scratch build generates and compiles the packages; the
 * generated validators then answer hostile strings that would hang RegExp, through RE2.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchBuild } from '../../codegen/scripts/scratch.mjs';

const SPEC = join(dirname(fileURLToPath(import.meta.url)), '../../codegen/test/fixtures/patterns/spec');
type Result = { ok: true; value: unknown } | { ok: false; issues: { path: string; message: string; keyword: string }[] };
let validate: (body: unknown) => Result;

beforeAll(async () => {
  const build = await scratchBuild({ spec: SPEC, name: 'contract-patterns' });
  if (build.status !== 'built') throw new Error(`scratch build of the patterns fixture is ${build.status}:\n${build.message}`);
  const validators = await import(pathToFileURL(join(build.dir, 'pkgs/validators/src/index.js')).href);
  validate = validators.validateCreateLabelRequest;
}, 180_000);

const good = {
  version: '1.2.3-rc.1',
  mailbox: 'ops.team@example.com',
  image: 'https://cdn.example.test/a.png?w=1&h=2',
  code: 'a=b:c',
  snapshot: 'snap-0123abcd',
};

describe('patterns in generated validators', () => {
  it('accepts the example', () => {
    expect(validate(good)).toEqual({ ok: true, value: good });
  });

  it.each([
    // [field, value that fails, why]
    ['version', '01.2.3', 'semver, compiled as written'],
    ['mailbox', `${'a'.repeat(10_000)}!`, 'exponential for RegExp (2^10000 splits), linear for RE2'],
    ['mailbox', 'ops@example.org', 'RE2 refuses what the pattern refuses'],
    ['image', `https://x${'.png?a=b&'.repeat(5_000)}`, 'quadratic for RegExp, linear for RE2'],
    ['code', 'a b', 'needless escapes normalised, still enforced'],
  ])('refuses %s = %j (%s) as a pattern issue at its place', (field, value) => {
    const result = validate({ ...good, [field]: value });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { path: `/${field}`, keyword: 'pattern', message: expect.stringMatching(/^must match the pattern /) },
    ]);
  });

  it.each([
    ['mailbox', 'a.b.c.d.e.f.g.h.i.j.k@example.com'],
    ['image', 'http://any/thing.png'],
    ['snapshot', 'anything at all: Ruby anchors made the pattern unusable, so it is not checked'],
  ])('accepts %s = %j', (field, value) => {
    expect(validate({ ...good, [field]: value }).ok).toBe(true);
  });
});
