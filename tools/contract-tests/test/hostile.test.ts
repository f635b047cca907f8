/**
 * Spec text reaches generated code only as escaped text, and JavaScript's special names are mapped:
 * a scratch build of hostile-spec.ts (every free-text field tries to end its comment or string and
 * declare `pwnedBy…`; operations `then`, `catch`, `finally`, `__proto__`, `toString`; parameters
 * `toString`, `constructor`) must compile, and each package must export only what it should.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, type ScratchResult, scratchBuild } from '../../codegen/scripts/scratch.mjs';
import { hostileSpec } from '../../codegen/test/hostile-spec.js';

const HERE = dirname(fileURLToPath(import.meta.url));
let build: ScratchResult;
const load = (path: string): Promise<Record<string, unknown>> =>
  import(pathToFileURL(join(build.dir, path)).href) as Promise<Record<string, unknown>>;

beforeAll(async () => {
  const dir = join(REPO, '.scratch', 'hostile-spec-input');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'openapi.json'), JSON.stringify(hostileSpec(), null, 2));
  build = await scratchBuild({ spec: dir, name: 'contract-hostile' });
}, 240_000);

/** The names a TypeScript module exports (types included), as the compiler sees them. */
function typeExports(file: string): string[] {
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = source && checker.getSymbolAtLocation(source);
  return symbol ? checker.getExportsOfModule(symbol).map((s) => s.getName()) : [];
}

/** What an injection declares (names the generator derives from the hostile operationId start otherwise). */
const PWNED = /^pwnedBy/;

describe('a spec full of line terminators, comment closers and special names', () => {
  it('builds: the generated code of all four packages compiles', () => {
    expect(build.status, build.message).toBe('built');
  });

  it('types: the module exports only the named types', () => {
    const names = typeExports(join(build.dir, 'pkgs/types/src/generated/openapi.ts'));
    expect(names).toEqual(expect.arrayContaining(['paths', 'components', 'operations', 'Thing', 'Echo', 'OperationId']));
    expect(names.filter((n) => PWNED.test(n))).toEqual([]);
  }, 60_000);

  it('validators: every generated module exports only validators', async () => {
    const dir = join(build.dir, 'pkgs/validators/src/generated');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const names = Object.keys(await load(`pkgs/validators/src/generated/${file}`));
      expect(
        names.filter((n) => PWNED.test(n)),
        file,
      ).toEqual([]);
      // compiled.js also exports `hints` (the spec's wording of its `not` rules, shared by every operation).
      if (file !== 'index.js' && file !== 'formats.js')
        expect(
          names.every((n) => /^ajv\w+$|Validators$/.test(n) || (file === 'compiled.js' && n === 'hints')),
          `${file}: ${names.join(', ')}`,
        ).toBe(true);
    }
    const index = await load('pkgs/validators/src/index.js');
    expect(Object.keys(index).filter((n) => PWNED.test(n))).toEqual([]);
    const table = index.validatorsByOperation as Record<string, unknown>;
    expect(Object.getPrototypeOf(table)).toBe(Object.prototype); // an operation named __proto__ is a key, not the prototype
    expect(Object.hasOwn(table, '__proto__')).toBe(true);
    expect(Object.hasOwn(table, 'then')).toBe(true);
  });

  it('client: the module can be awaited, exports no pwned name and no then/catch/finally', async () => {
    const module = await load('pkgs/client/src/index.js');
    const names = Object.keys(module);
    expect(names.filter((n) => PWNED.test(n))).toEqual([]);
    expect(names).not.toContain('then');
    expect(names).not.toContain('catch');
    expect(names).not.toContain('finally');
    expect(names).toEqual(
      expect.arrayContaining(['thenOperation', 'catchOperation', 'finallyOperation', 'createWorkspaceClient']),
    );
    expect(typeExports(join(build.dir, 'pkgs/client/src/generated/operations.ts')).filter((n) => PWNED.test(n))).toEqual([]);
  }, 60_000);

  it('mocks: the module exports no pwned name, and the examples table keeps an example named __proto__ as data', async () => {
    const module = await load('pkgs/mocks/src/index.js');
    expect(Object.keys(module).filter((n) => PWNED.test(n))).toEqual([]);
    const fixtures = module.FIXTURES as Record<string, { responses: Record<string, { examples: Record<string, unknown> }> }>;
    const examples = fixtures.thenOperation?.responses['200']?.examples ?? {};
    expect(Object.getPrototypeOf(examples)).toBe(Object.prototype);
    expect(Object.hasOwn(examples, '__proto__')).toBe(true);
    expect(Object.keys(examples).sort()).toEqual(['__proto__', 'plain']);
  });
});

describe('schemas that refer to themselves', () => {
  it('have named types: a typed value of each compiles, a wrong one does not', () => {
    const file = join(build.dir, 'pkgs/types/src/recursive-check.ts');
    writeFileSync(
      file,
      [
        "import type { Forest, Nested, Json, Ping, Tree, Wrap } from './index.js';",
        "const tree: Tree = { name: 'root', children: [{ name: 'leaf', children: [] }] };",
        'const nested: Nested = [[], [[[]]]];',
        "const json: Json = { a: [1, 'b', { c: [] }] };",
        'const ping: Ping = [[[]]];',
        'const wrap: Wrap = [[], [[]]];',
        'export const forest: Forest = { tree, nested, json, ping, wrap };',
        '// @ts-expect-error a number is not a Nested',
        'export const bad: Nested = [[1]];',
      ].join('\n'),
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  }, 60_000);

  it('are checked at every depth by the validators', async () => {
    const { validateRequest } = (await load('pkgs/validators/src/index.js')) as {
      validateRequest: (id: string, input: unknown) => { ok: boolean; issues?: { path: string }[] };
    };
    const body = {
      tree: { name: 'r', children: [{ name: 'a', children: [{ name: 'b' }] }] },
      nested: [[[[]]]],
      json: { a: [1, { b: ['c'] }] },
      ping: [[[[]]]],
      wrap: [[[]]],
    };
    expect(validateRequest('saveForest', body)).toEqual({ ok: true, value: body }); // called with its body alone
    const bad = {
      tree: { name: 'r', children: [{ name: 'a', children: [{}] }] },
      nested: [[[[1]]]],
      json: { a: [true] },
      ping: [[['x']]],
      wrap: [[], [], [], []],
    };
    const result = validateRequest('saveForest', bad);
    expect(result.ok).toBe(false);
    expect(result.issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining(['/tree/children/0/children/0/name', '/nested/0/0/0/0', '/json/a/0', '/ping/0/0/0', '/wrap']),
    );
  });
});

describe('an operation named then, with parameters toString and constructor, end to end', () => {
  it('the client is not a thenable, and the call sends the parameters and reads the answer', async () => {
    const { createWorkspaceClient } = await load('pkgs/client/src/index.js');
    const seen: string[] = [];
    const fetch = async (request: Request) => {
      seen.push(request.url);
      return new Response(JSON.stringify({ toString: 'echo' }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const make = createWorkspaceClient as (
      o: Record<string, unknown>,
    ) => Record<string, (input?: unknown) => Promise<{ data?: unknown }>>;
    // An async function returning the client settles (a thenable client would be adopted and never settle).
    const client = await Promise.race([
      (async () => make({ endpoint: 'https://api.example.test', projectId: 'p1', auth: { token: 't' }, fetch }))(),
      new Promise((r) => setTimeout(() => r('pending'), 1000)),
    ]);
    expect(client).not.toBe('pending');
    const api = client as ReturnType<typeof make>;
    expect('then' in api).toBe(false);
    const result = await api.thenOperation?.({ query: { toString: 'abc', constructor: 'a' } });
    expect(result?.data).toEqual({ toString: 'echo' });
    expect(seen).toEqual(['https://api.example.test/v1/p1/then?toString=abc&constructor=a']);
  });

  it('a missing required parameter named toString is refused, not read from the prototype', async () => {
    const { createWorkspaceClient, WorkspaceValidationError } = await load('pkgs/client/src/index.js');
    const make = createWorkspaceClient as (o: Record<string, unknown>) => Record<string, (input?: unknown) => Promise<unknown>>;
    const api = make({
      endpoint: 'https://api.example.test',
      projectId: 'p1',
      auth: { token: 't' },
      fetch: async () => new Response('{}'),
    });
    await expect(api.thenOperation?.({ query: {} })).rejects.toBeInstanceOf(WorkspaceValidationError as new () => Error);
  });
});

void HERE;
