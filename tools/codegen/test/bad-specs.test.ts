/**
 * Each folder under test/bad holds a broken spec. The CLI must exit 1, name the place (file:line
 * or a JSON pointer), and leave previously generated files byte for byte as they were.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI = join(HERE, '../dist/cli.js');

const CASES: Record<string, RegExp> = {
  'yaml-syntax': /spec\/openapi\.yaml:15:1: YAML syntax error/,
  'yaml-error-in-ref': /spec\/things\.yaml:9:5: YAML syntax error: Map keys must be unique/,
  'dangling-ref': /spec\/openapi\.yaml:21: Can't resolve \$ref.*spec\/things\.yaml/,
  'unknown-type': /spec\/openapi\.yaml:47: `type` can be one of the following only/,
  'duplicate-operation-id': /spec\/openapi\.yaml:41: duplicate operationId "CreateThing"/,
  'parameter-in': /spec\/openapi\.yaml:9: `in` can be one of the following only/,
  'template-without-parameter': /spec\/openapi\.yaml:6 #\/paths\/~1v1~1things~1\{thing_id\}\/get\/parameters: The operation does not define the path parameter `\{thing_id\}`/,
  'parameter-not-in-template': /spec\/openapi\.yaml:9: Path parameter `thing_id` is not used in the path/,
  'duplicate-parameter': /spec\/openapi\.yaml:10: Operations must have unique `name` \+ `in` parameters/,
  'invalid-pattern': /spec\/openapi\.yaml:9: pattern "\^\(a" is not a valid regular expression/,
  'name-clash': /spec\/openapi\.yaml:14: two different schemas are both named "Thing" \(in spec\/a\.yaml and spec\/b\.yaml\)/,
  'ref-over-network': /spec\/openapi\.yaml:9: Can't resolve \$ref: refused by hwc-codegen: \$refs over the network are not followed/,
  'ref-outside-spec': /spec\/openapi\.yaml:9: Can't resolve \$ref: refused by hwc-codegen: \$refs may only point at files inside the spec's directory/,
  'yaml-tag': /spec\/openapi\.yaml:8: YAML tag refused/,
  'alias-cycle': /spec\/openapi\.yaml:9: YAML aliases refused/,
  'billion-laughs': /spec\/openapi\.yaml:6: YAML aliases refused: Excessive alias count/,
  'empty-spec': /spec\/openapi\.yaml:1: the spec is empty/,
  'catastrophic-pattern': /spec\/openapi\.yaml:11: pattern "\^\(a\+\)\+\$" can take exponential time/,
  'example-breaks-schema': /spec\/openapi\.yaml:23: example "small" does not match schema Thing: \/size fails multipleOf \{"multipleOf":10\}/,
  // A JSON spec on one line: the place is the line and the pointer; one problem at three places is reported once.
  'repeated-example-json': /spec\/openapi\.json:1 #\/paths\/~1v1~1a\/get\/responses\/200\/content\/application~1json\/examples\/bad: example "bad" does not match schema Answer: \/code fails type \{"type":"integer"\} \(the same at 2 more places\)\n/,
};

/** Flags a case needs to fail: bad examples and patterns are only warnings without --strict-examples and --strict-patterns. */
const FLAGS: Record<string, string[]> = {
  'example-breaks-schema': ['--strict-examples'],
  'repeated-example-json': ['--spec', 'spec/openapi.json', '--strict-examples'],
  'invalid-pattern': ['--strict-patterns'],
  'catastrophic-pattern': ['--strict-patterns'],
};

function run(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, '--root', root, ...args], { encoding: 'utf8' });
}

describe.each(Object.entries(CASES))('bad spec %s', (name, expected) => {
  it('exits 1 naming the place, and leaves old output untouched', () => {
    const root = mkdtempSync(join(tmpdir(), `hwc-bad-${name}-`));
    cpSync(join(HERE, 'bad', name, 'spec'), join(root, 'spec'), { recursive: true });
    const old = join(root, 'packages/types/src/generated/openapi.ts');
    mkdirSync(dirname(old), { recursive: true });
    writeFileSync(old, '// previous output\n');
    const result = run(root, ...(FLAGS[name] ?? []));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stderr).not.toContain(root);
    expect(readFileSync(old, 'utf8')).toBe('// previous output\n');
  });
});

describe('cli', () => {
  it('without --strict-patterns, enforces a slow pattern with RE2 and leaves an invalid one unchecked, warning about each', () => {
    for (const [name, warning, code] of [
      ['catastrophic-pattern', /warning: spec\/openapi\.yaml:11: pattern "\^\(a\+\)\+\$" can take exponential time .*`\(a\+\)\+`.*checked with a linear-time engine \(RE2\) instead/, /import \{ linearTest \} from '\.\.\/linear\.js';[\s\S]*= linearTest;[\s\S]*func\d+\("\^\(a\+\)\+\$", data\d*\)/],
      ['invalid-pattern', /warning: spec\/openapi\.yaml:9: pattern "\^\(a" is not a valid regular expression .*so it is not checked/, /^(?![\s\S]*\^\(a)/],
    ] as const) {
      const root = mkdtempSync(join(tmpdir(), `hwc-lenient-${name}-`));
      cpSync(join(HERE, 'bad', name, 'spec'), join(root, 'spec'), { recursive: true });
      // The hostile example still fails (quickly): keep a valid one for this run.
      const spec = join(root, 'spec/openapi.yaml');
      writeFileSync(spec, readFileSync(spec, 'utf8').replace(/'a{40}!'/, "'aaaa'"));
      const result = run(root);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toMatch(warning);
      const validators = readdirSync(join(root, 'packages/validators/src/generated')).filter((f) => f !== 'index.ts' && f !== 'formats.ts');
      expect(validators.map((f) => readFileSync(join(root, 'packages/validators/src/generated', f), 'utf8')).join('\n')).toMatch(code);
    }
  });

  it('names an operation without operationId from its method and path, with a warning naming the place', () => {
    const root = mkdtempSync(join(tmpdir(), 'hwc-noid-'));
    cpSync(join(HERE, 'bad/missing-operation-id/spec'), join(root, 'spec'), { recursive: true });
    const result = run(root);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/warning: spec\/openapi\.yaml:12: POST \/v1\/\{project_id\}\/things has no operationId; named it "postV1ByProjectIdThings"/);
    expect(readFileSync(join(root, 'packages/client/src/generated/operations.ts'), 'utf8')).toContain('export function postV1ByProjectIdThings(');
  });

  it('writes, then --check passes; a stale file makes --check exit 1 and name it', () => {
    const root = mkdtempSync(join(tmpdir(), 'hwc-cli-'));
    cpSync(join(HERE, 'fixtures/minimal/spec'), join(root, 'spec'), { recursive: true });
    expect(run(root).status).toBe(0);
    expect(run(root, '--check').status).toBe(0);
    const file = join(root, 'packages/mocks/src/generated/fixtures.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}// hand edit\n`);
    writeFileSync(join(root, 'packages/mocks/src/generated/leftover.ts'), '');
    const check = run(root, '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('packages/mocks/src/generated/fixtures.ts');
    expect(check.stderr).toContain('packages/mocks/src/generated/leftover.ts');
    expect(run(root).status).toBe(0);
    expect(run(root, '--check').status).toBe(0);
  });

  it('warns about an example that does not match its schema, naming its place, and leaves it out of the mocks', () => {
    const root = mkdtempSync(join(tmpdir(), 'hwc-example-'));
    cpSync(join(HERE, 'bad/example-breaks-schema/spec'), join(root, 'spec'), { recursive: true });
    const result = run(root);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/warning: spec\/openapi\.yaml:23: example "small" does not match schema Thing: \/size fails multipleOf \{"multipleOf":10\}; left out of the mocks and docs\n/);
    expect(result.stderr).toMatch(/warning: spec\/openapi\.yaml: 1 example did not match its schema and was left out; --strict-examples makes that an error/);
    const fixtures = readFileSync(join(root, 'packages/mocks/src/generated/fixtures.ts'), 'utf8');
    expect(fixtures).not.toContain('"small"');
    expect(fixtures).toContain('"doc"');
  });

  it('reports a warning repeated at many places of a JSON spec once, with its count and pointer', () => {
    const root = mkdtempSync(join(tmpdir(), 'hwc-repeated-'));
    cpSync(join(HERE, 'bad/repeated-example-json/spec'), join(root, 'spec'), { recursive: true });
    const result = run(root, '--spec', 'spec/openapi.json');
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stderr.split('\n').filter((l) => l.includes('does not match'));
    expect(lines).toEqual([
      'hwc-codegen: warning: spec/openapi.json:1 #/paths/~1v1~1a/get/responses/200/content/application~1json/examples/bad: example "bad" does not match schema Answer: /code fails type {"type":"integer"}; left out of the mocks and docs (the same at 2 more places)',
    ]);
  });

  it('exits 2 on a usage error', () => {
    const result = run('.', '--no-such-flag');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage: hwc-codegen/);
  });
});
