/**
 * Each folder under test/bad holds a broken spec. The CLI must exit 1, name the place (file:line
 * or a JSON pointer), and leave previously generated files byte for byte as they were.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  // A structural problem is reported in the file that defines it, not at the `$ref` line that pulls it in.
  'parameter-in-path-file': /^spec\/paths\/things\.yaml:5: `in` can be one of the following only/m,
  'template-without-parameter':
    /spec\/openapi\.yaml:6 #\/paths\/~1v1~1things~1\{thing_id\}\/get\/parameters: The operation does not define the path parameter `\{thing_id\}`/,
  'parameter-not-in-template': /spec\/openapi\.yaml:9: Path parameter `thing_id` is not used in the path/,
  'duplicate-parameter': /spec\/openapi\.yaml:10: Operations must have unique `name` \+ `in` parameters/,
  'invalid-pattern': /spec\/openapi\.yaml:9: pattern "\^\(a" is not a valid regular expression/,
  'name-clash': /spec\/openapi\.yaml:14: two different schemas are both named "Thing" \(in spec\/a\.yaml and spec\/b\.yaml\)/,
  'ref-over-network':
    /spec\/openapi\.yaml:9: Can't resolve \$ref: refused by hwc-codegen: \$refs over the network are not followed/,
  'ref-outside-spec':
    /spec\/openapi\.yaml:9: Can't resolve \$ref: refused by hwc-codegen: \$refs may only point at files inside the spec's directory/,
  'yaml-tag': /spec\/openapi\.yaml:8: YAML tag refused/,
  'alias-cycle': /spec\/openapi\.yaml:9: YAML aliases refused/,
  'billion-laughs': /spec\/openapi\.yaml:6: YAML aliases refused: Excessive alias count/,
  'empty-spec': /spec\/openapi\.yaml:1: the spec is empty/,
  'catastrophic-pattern': /spec\/openapi\.yaml:11: pattern "\^\(a\+\)\+\$" can take exponential time/,
  'ref-chain': /spec\/openapi\.yaml:18: a chain of 41 \$refs from #\/paths\/.*each pointing at another \$ref \(at most 32\)/,
  'ref-cycle':
    /spec\/openapi\.yaml:2[34]: \$ref cycle of nothing but \$refs: #\/components\/schemas\/P[io]ng → #\/components\/schemas\/P[io]ng → #\/components\/schemas\/P[io]ng\. It describes no value/,
  'deep-nesting': /spec\/openapi\.yaml:23: nested more than 100 levels deep/,
  'self-containing-schema':
    /spec\/openapi\.yaml:23: #\/components\/schemas\/Node → #\/components\/schemas\/Node contains itself without a property or item between/,
  'idempotent-not-boolean': /spec\/openapi\.yaml:11: x-hwc-idempotent must be true or false, not "yes"/,
  'example-breaks-schema':
    /spec\/openapi\.yaml:23: example "small" does not match schema Thing: \/size fails multipleOf \{"multipleOf":10\}/,
  // A JSON spec on one line: the place is the line and the pointer; one problem at three places is reported once.
  'repeated-example-json':
    /spec\/openapi\.json:1 #\/paths\/~1v1~1a\/get\/responses\/200\/content\/application~1json\/examples\/bad: example "bad" does not match schema Answer: \/code fails type \{"type":"integer"\} \(the same at 2 more places\)\n/,
};

/** Flags a case needs to fail: bad examples and patterns are only warnings without --strict-examples and --strict-patterns. */
const FLAGS: Record<string, string[]> = {
  'example-breaks-schema': ['--strict-examples'],
  'repeated-example-json': ['--spec', 'spec/openapi.json', '--strict-examples'],
  'invalid-pattern': ['--strict-patterns'],
  'catastrophic-pattern': ['--strict-patterns'],
};

/** A one-operation document whose body is `#/components/schemas/S0`. */
function minimalDocument(): Record<string, unknown> {
  const body = { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/S0' } } } };
  const parameters = [{ name: 'project_id', in: 'path', required: true, schema: { type: 'string' } }];
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1', license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: 'https://api.example.test' }],
    paths: {
      '/v1/{project_id}/x': {
        post: { operationId: 'createX', parameters, requestBody: body, responses: { '204': { description: 'ok' } } },
      },
    },
  };
}

function run(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, '--root', root, ...args], { encoding: 'utf8' });
}

describe.each(Object.entries(CASES))('bad spec %s', (name, expected) => {
  // --all-threads: the structure check and the validators on their worker threads, as for a large spec.
  it.each([[], ['--all-threads']])('exits 1 naming the place, and leaves old output untouched %s', (...threads: string[]) => {
    const root = mkdtempSync(join(tmpdir(), `hwc-bad-${name}-`));
    cpSync(join(HERE, 'bad', name, 'spec'), join(root, 'spec'), { recursive: true });
    const old = join(root, 'packages/types/src/generated/openapi.ts');
    mkdirSync(dirname(old), { recursive: true });
    writeFileSync(old, '// previous output\n');
    const result = run(root, ...(FLAGS[name] ?? []), ...threads);
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
      [
        'catastrophic-pattern',
        /warning: spec\/openapi\.yaml:11: pattern "\^\(a\+\)\+\$" can take exponential time .*`\(a\+\)\+`.*checked with a linear-time engine \(RE2\) instead/,
        /import \{ linearTest \} from '\.\/linear\.js';[\s\S]*= linearTest;[\s\S]*func\d+\("\^\(a\+\)\+\$", data\d*\)/,
      ],
      [
        'invalid-pattern',
        /warning: spec\/openapi\.yaml:9: pattern "\^\(a" is not a valid regular expression .*so it is not checked/,
        /^(?![\s\S]*\^\(a)/,
      ],
    ] as const) {
      const root = mkdtempSync(join(tmpdir(), `hwc-lenient-${name}-`));
      cpSync(join(HERE, 'bad', name, 'spec'), join(root, 'spec'), { recursive: true });
      // The hostile example still fails (quickly): keep a valid one for this run.
      const spec = join(root, 'spec/openapi.yaml');
      writeFileSync(spec, readFileSync(spec, 'utf8').replace(/'a{40}!'/, "'aaaa'"));
      const result = run(root);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toMatch(warning);
      const validators = readdirSync(join(root, 'packages/validators/src/generated')).filter(
        (f) => f !== 'index.ts' && f !== 'formats.ts',
      );
      expect(validators.map((f) => readFileSync(join(root, 'packages/validators/src/generated', f), 'utf8')).join('\n')).toMatch(
        code,
      );
    }
  });

  it('names an operation without operationId from its method and path, with a warning naming the place', () => {
    const root = mkdtempSync(join(tmpdir(), 'hwc-noid-'));
    cpSync(join(HERE, 'bad/missing-operation-id/spec'), join(root, 'spec'), { recursive: true });
    const result = run(root);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /warning: spec\/openapi\.yaml:12: POST \/v1\/\{project_id\}\/things has no operationId; named it "postV1ByProjectIdThings"/,
    );
    expect(readFileSync(join(root, 'packages/client/src/generated/operations.ts'), 'utf8')).toContain(
      'export function postV1ByProjectIdThings(',
    );
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
    expect(result.stderr).toMatch(
      /warning: spec\/openapi\.yaml:23: example "small" does not match schema Thing: \/size fails multipleOf \{"multipleOf":10\}; left out of the mocks and docs\n/,
    );
    expect(result.stderr).toMatch(
      /warning: spec\/openapi\.yaml: 1 example did not match its schema and was left out; --strict-examples makes that an error/,
    );
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

  it('refuses a chain of 4,000 $refs as a spec error, before Redocly follows it (it took minutes and gigabytes)', () => {
    const root = mkdtempSync(join(tmpdir(), 'hwc-chain-'));
    const schemas: Record<string, unknown> = { S4000: { type: 'string' } };
    for (let i = 0; i < 4000; i++) schemas[`S${i}`] = { $ref: `#/components/schemas/S${i + 1}` };
    const spec = { ...minimalDocument(), components: { schemas } };
    mkdirSync(join(root, 'spec'));
    writeFileSync(join(root, 'spec/openapi.yaml'), JSON.stringify(spec, null, 1));
    // A guard, not a measurement: before the limit this run took 155 s and V8 aborted.
    const result = spawnSync(process.execPath, [CLI, '--root', root], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/spec\/openapi\.yaml:\d+: a chain of 4001 \$refs from #\/paths\/.* \(at most 32\)/);
  });

  it('refuses schemas nested 2,000 deep through $refs as a spec error (Redocly overflowed its stack: exit 2)', () => {
    const root = mkdtempSync(join(tmpdir(), 'hwc-ref-nesting-'));
    const schemas: Record<string, unknown> = { S2000: { type: 'string' } };
    for (let i = 0; i < 2000; i++)
      schemas[`S${i}`] = { type: 'object', properties: { inner: { $ref: `#/components/schemas/S${i + 1}` } } };
    mkdirSync(join(root, 'spec'));
    writeFileSync(join(root, 'spec/openapi.yaml'), JSON.stringify({ ...minimalDocument(), components: { schemas } }, null, 1));
    const result = spawnSync(process.execPath, [CLI, '--root', root], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /spec\/openapi\.yaml:\d+: schemas nested 2001 levels deep through \$refs from #\/paths\/.* \(at most 100\)/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a usage error', () => {
    const result = run('.', '--no-such-flag');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage: hwc-codegen/);
  });
});
