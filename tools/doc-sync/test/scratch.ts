/**
 * A throw-away copy of the repository's spec and packages, for the draft tests: the spec is
 * copied, the four packages' hand-written sources are copied beside what the generator writes,
 * and one tsc run compiles them. Lives under <repo>/.tmp/ (git-ignored) so that third-party
 * dependencies resolve from the repository's node_modules. (The approach of the generator's own
 * scratch builds, kept here so that doc-sync's tests depend on nothing outside this worktree.)
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PACKAGES = ['types', 'validators', 'client', 'mocks'];

export function scratchSpec(name: string): string {
  const dir = join(REPO, '.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(REPO, 'spec'), join(dir, 'spec'), {
    recursive: true,
    filter: (s) => !['node_modules', 'test', '.turbo'].includes(basename(s)),
  });
  return dir;
}

export const lint = (dir: string): SpawnSyncReturns<string> =>
  spawnSync(
    process.execPath,
    [
      join(REPO, 'node_modules/@redocly/cli/bin/cli.js'),
      'lint',
      'openapi.yaml',
      '--config',
      'redocly.yaml',
      '--format',
      'stylish',
    ],
    {
      cwd: join(dir, 'spec'),
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );

/** Copies the packages' hand-written sources; `generate` then writes into them through `packages/`. */
export function preparePackages(dir: string): void {
  mkdirSync(join(dir, 'node_modules/@hwc-workspace'), { recursive: true });
  for (const pkg of PACKAGES) {
    const from = join(REPO, 'packages', pkg, 'src');
    const to = join(dir, 'pkgs', pkg);
    cpSync(from, join(to, 'src'), {
      recursive: true,
      filter: (s) => {
        const rel = relative(from, s);
        return rel === '' || (!rel.startsWith('generated') && !/\.(test|spec)\.ts$|\.d\.ts$|\.js$/.test(rel));
      },
    });
    writeFileSync(
      join(to, 'package.json'),
      JSON.stringify({
        name: `@hwc-workspace/${pkg}`,
        private: true,
        type: 'module',
        exports: { '.': { types: './src/index.ts', default: './src/index.js' } },
      }),
    );
    symlinkSync(relative(join(dir, 'node_modules/@hwc-workspace'), to), join(dir, 'node_modules/@hwc-workspace', pkg), 'dir');
  }
  symlinkSync('pkgs', join(dir, 'packages'), 'dir');
  const base = JSON.parse(readFileSync(join(REPO, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...base.compilerOptions,
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        noEmit: false,
        skipLibCheck: true,
        types: ['node'],
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      },
      include: ['pkgs/*/src/**/*.ts'],
    }),
  );
}

export const generate = (dir: string): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [join(REPO, 'tools/codegen/dist/cli.js'), '--root', dir], { cwd: dir, encoding: 'utf8' });

export const compile = (dir: string): SpawnSyncReturns<string> =>
  spawnSync(
    process.execPath,
    [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'],
    { cwd: dir, encoding: 'utf8' },
  );

export interface DraftRun {
  readonly dir: string;
  readonly out: {
    drift: boolean;
    drafts: { files: string[]; openapiLines: string[] };
    pages: { title: string; findings: { kind: string; impact: string }[] }[];
  };
}

/** Drafts these inputs into a scratch copy of the spec and adds the printed lines to its openapi.yaml, as a maintainer would. */
export async function draftInScratch(
  name: string,
  inputs: readonly string[],
  prepare: (dir: string) => void = () => {},
): Promise<DraftRun> {
  const { addPathLines, run } = await import('../src/index.js');
  const dir = scratchSpec(name);
  prepare(dir);
  const r = await run(inputs, { root: dir, cwd: dir, json: true, draft: 'spec' });
  if (r.stderr !== '' || r.code !== 1) throw new Error(`Failed to draft into ${dir}: exit ${r.code}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as DraftRun['out'];
  const openapi = join(dir, 'spec/openapi.yaml');
  writeFileSync(openapi, addPathLines(readFileSync(openapi, 'utf8'), out.drafts.openapiLines));
  return { dir, out };
}
