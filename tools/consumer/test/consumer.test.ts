/**
 * The four packages as a new user gets them: packed with `npm pack`, installed from the tarballs into
 * a scratch project under the OS temp directory (outside the workspace, so nothing resolves through
 * its node_modules), then the ```ts blocks of README.md and of the guides in GUIDES, extracted from
 * the Markdown itself, are type-checked there (nodenext and bundler resolution, skipLibCheck false)
 * on the oldest supported TypeScript and on TypeScript 7, and run against startMockServer (the
 * guide "From catalogue to desktop" with keys from the environment and no project ID: the mock
 * server answers the IAM project lookup too). Every tarball must also be clean for attw
 * (esm-only profile) and publint.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const PACKAGES = ['types', 'validators', 'client', 'mocks'];
/** The oldest TypeScript README promises, and the current major. Keep in step with README's support matrix. */
export const TYPESCRIPT = { oldest: '5.5.4', current: '7.0.2' };
/**
 * README blocks that cannot compile against this spec yet, each with its reason. A skipped block
 * whose operation has arrived fails the test, so that the skip is removed.
 */
const SKIP: Array<{ contains: string; operation: string; reason: string }> = [];

interface Block {
  readonly index: number;
  readonly line: number;
  readonly code: string;
  /** The Markdown file it comes from, relative to the repository. */
  readonly source?: string;
}

/** Guides whose code blocks are complete programs, checked and run like README's. */
const GUIDES = ['docs/from-catalogue-to-desktop.md'];

/** The ```ts blocks of a Markdown text, with the line each starts on. */
export function tsBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const re = /^```ts\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    blocks.push({ index: blocks.length, line: markdown.slice(0, m.index).split('\n').length, code: m[1] ?? '' });
  }
  return blocks;
}

const blocks = ['README.md', ...GUIDES].flatMap((source) =>
  tsBlocks(readFileSync(join(ROOT, source), 'utf8')).map((b) => ({ ...b, source })),
);
const skipped = blocks.filter((b) => SKIP.some((s) => b.code.includes(s.contains)));
const checked = blocks.filter((b) => !skipped.includes(b));
const stem = (b: Block) => `${(b.source ?? 'README.md').replace(/^.*\//, '').replace(/\.md$/, '').toLowerCase()}-${b.index}`;
const fileOf = (b: Block) => (b.code.includes("from 'vitest'") ? `${stem(b)}.test.ts` : `${stem(b)}.ts`);

let dir = '';
const tarballs: string[] = [];

async function sh(
  cmd: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, out: `${stdout}${stderr}`, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      out: `${e.stdout ?? ''}${e.stderr ?? ''}`,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hwc-consumer-'));
  const packs = join(dir, 'tarballs');
  mkdirSync(packs);
  // The packages are built by turbo before this test (its dependencies); --ignore-scripts skips
  // their prepack build, which CI's pack check exercises.
  const packed = await sh(
    'npm',
    [
      'pack',
      '--ignore-scripts',
      '--json',
      '--pack-destination',
      packs,
      ...PACKAGES.flatMap((p) => ['--workspace', `packages/${p}`]),
    ],
    ROOT,
  );
  expect(packed.code, packed.out).toBe(0);
  tarballs.push(...readdirSync(packs).map((f) => join(packs, f)));
  expect(tarballs).toHaveLength(4);
  const app = join(dir, 'app');
  mkdirSync(app);
  const file = (name: string) => `file:${tarballs.find((t) => t.includes(`hwc-workspace-${name}-`))}`;
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer-app',
        private: true,
        type: 'module',
        dependencies: Object.fromEntries(PACKAGES.map((p) => [`@hwc-workspace/${p}`, file(p)])),
        devDependencies: {
          msw: '^2.9.0',
          vitest: '^4.1.12',
          '@types/node': '^20.19.0',
          'typescript-oldest': `npm:typescript@${TYPESCRIPT.oldest}`,
          'typescript-current': `npm:typescript@${TYPESCRIPT.current}`,
        },
        // Tarballs of one release depend on each other by range; point those at the tarballs too.
        overrides: Object.fromEntries(PACKAGES.map((p) => [`@hwc-workspace/${p}`, file(p)])),
      },
      null,
      2,
    ),
  );
  const installed = await sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  expect(installed.code, installed.out).toBe(0);
  for (const b of checked) writeFileSync(join(app, fileOf(b)), `// ${b.source} line ${b.line}\n${b.code}`);
  writeFileSync(join(app, 'harness.mjs'), readFileSync(join(HERE, '../harness/redirect.mjs')));
  const base = { strict: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022', 'DOM'], types: ['node'], noEmit: true };
  const configs = {
    'tsconfig.nodenext.json': { ...base, module: 'NodeNext', moduleResolution: 'NodeNext' },
    'tsconfig.bundler.json': { ...base, module: 'ESNext', moduleResolution: 'Bundler' },
    'tsconfig.emit.json': { ...base, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: false, outDir: 'out' },
  };
  for (const [name, compilerOptions] of Object.entries(configs)) {
    writeFileSync(join(app, name), JSON.stringify({ compilerOptions, include: checked.map(fileOf) }, null, 2));
  }
}, 600_000);

afterAll(() => {
  if (dir && !process.env.KEEP_CONSUMER) rmSync(dir, { recursive: true, force: true });
});

const app = () => join(dir, 'app');
const tsc = (which: keyof typeof TYPESCRIPT) => join(app(), 'node_modules', `typescript-${which}`, 'bin', 'tsc');

describe('README.md code blocks', () => {
  it('are found, and only the listed ones are skipped', async () => {
    expect(checked.length).toBeGreaterThanOrEqual(5);
    expect(checked.filter((b) => b.source !== 'README.md').map((b) => b.source)).toEqual(GUIDES);
    const { FIXTURES } = (await import('@hwc-workspace/mocks')) as { FIXTURES: Record<string, unknown> };
    for (const s of SKIP) {
      const block = skipped.find((b) => b.code.includes(s.contains));
      if (!block) continue;
      console.warn(`consumer: ${block.source} line ${block.line} is not checked: ${s.reason}`);
      expect(
        FIXTURES,
        `${s.operation} is in the spec now: remove its entry from SKIP in ${fileURLToPath(import.meta.url)} and make the block a complete program`,
      ).not.toHaveProperty(s.operation);
    }
  });

  for (const ts of ['oldest', 'current'] as const) {
    for (const resolution of ['nodenext', 'bundler'] as const) {
      it(`type-check on TypeScript ${TYPESCRIPT[ts]} with moduleResolution ${resolution}, skipLibCheck false`, async () => {
        const version = await sh(process.execPath, [tsc(ts), '--version'], app());
        expect(version.out).toContain(TYPESCRIPT[ts]);
        const result = await sh(process.execPath, [tsc(ts), '-p', `tsconfig.${resolution}.json`], app());
        expect(result.out).toBe('');
        expect(result.code).toBe(0);
      });
    }
  }

  it('run against startMockServer', async () => {
    const emitted = await sh(process.execPath, [tsc('oldest'), '-p', 'tsconfig.emit.json'], app());
    expect(emitted.code, emitted.out).toBe(0);
    let stdout = '';
    let stderr = '';
    for (const b of checked.filter((b) => !fileOf(b).endsWith('.test.ts'))) {
      const result = await sh(
        process.execPath,
        ['--import', './harness.mjs', join('out', fileOf(b).replace(/\.ts$/, '.js'))],
        app(),
      );
      expect(result.code, `${b.source} line ${b.line}:\n${result.out}`).toBe(0);
      stdout += result.stdout;
      stderr += result.stderr;
    }
    // The token block bought through the mock and printed the example's order ID…
    expect(stderr).toContain('[harness] POST workspace.ap-southeast-1.myhuaweicloud.com/v2/p1/periodic/subscribe/order -> mock');
    expect(stdout).toMatch(/^order [A-Z0-9]+$/m);
    // …the AK/SK block was signed, verified by the mock (a 401 would print no order) and printed each order…
    expect(stderr).toContain(
      '[harness] POST workspace.eu-west-101.myhuaweicloud.com/v2/p1/desktop-pool/periodic/change/order -> mock',
    );
    expect(stdout).toMatch(/^[A-Z0-9]{10,} /m);
    // …and the mock-server block's signed call was answered with the spec's example.
    expect(stdout).toMatch(/job_id: '[0-9a-f-]+'/);
    // The guide: the project from the IAM lookup (keys from the environment), the lookups, the
    // order, its job RUNNING then SUCCESS, the desktop of its sub-job, and the add-on's price.
    expect(stderr).toMatch(
      /\[harness\] GET iam\.ap-southeast-1\.myhuaweicloud\.com\/v3\/projects -> mock\n\[harness\] GET workspace\.ap-southeast-1\.myhuaweicloud\.com\/v2\/0bec5db98280d2d02fd6c00c2de791ce\/products -> mock/,
    );
    expect(stdout).toMatch(
      /^package \S+, image \S+, zone \S+, desktops \d+\/\d+\norder \S+\njob (\S+): RUNNING\njob \1: SUCCESS\ndesktop \S+: SUCCESS\nadd-on \S+ for 1 desktop\(s\): [\d.]+ CNY$/m,
    );
  });

  it('run in vitest with msw 2 (the MSW block)', async () => {
    const tests = checked.filter((b) => fileOf(b).endsWith('.test.ts'));
    expect(tests).toHaveLength(1);
    const result = await sh(
      process.execPath,
      [join(app(), 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', app(), ...tests.map(fileOf)],
      app(),
      { CI: 'true' },
    );
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/1 passed/);
  });
});

describe('the tarballs', () => {
  it('are clean for attw --profile esm-only', async () => {
    const attw = join(ROOT, 'node_modules', '.bin', 'attw');
    for (const tarball of tarballs) {
      const result = await sh(attw, [tarball, '--profile', 'esm-only', '--format', 'ascii'], dir);
      expect(result.code, result.out).toBe(0);
    }
  });

  it('give client methods their operation summary and description as JSDoc (what an editor shows on hover)', () => {
    const dts = readFileSync(join(app(), 'node_modules/@hwc-workspace/client/dist/generated/operations.d.ts'), 'utf8');
    // The bound client's methods are declared on the generated WorkspaceOperations interface.
    const bound = dts.slice(dts.indexOf('export interface WorkspaceOperations'));
    expect(bound).toMatch(
      /\/\*\*\n\s+\* Place a yearly\/monthly order\n\s+\*\n\s+\* Places a yearly\/monthly order[\s\S]*?\*\/\n\s+createOrder\(/,
    );
    expect(dts).toContain('bindOperations(ctx: OperationContext): WorkspaceOperations;');
  });

  it('are clean for publint --strict (as installed from them)', async () => {
    const publint = join(ROOT, 'node_modules', '.bin', 'publint');
    for (const name of PACKAGES) {
      const result = await sh(publint, ['--strict', '--pack', 'false', join(app(), 'node_modules', '@hwc-workspace', name)], dir);
      expect(result.code, result.out).toBe(0);
    }
  });
});
