/**
 * Scratch builds: generate the four packages from any spec into a throw-away copy of the repo's
 * hand-written package sources, then type-check and compile them with one tsc run.
 *
 *   const result = await scratchBuild({ spec: 'path/to/openapi.json', name: 'petstore' });
 *   // { status: 'built' | 'refused' | 'broken' | 'crashed', message, warnings, dir }
 *
 * - refused: the generator exited 1 (a spec problem it reports; `message` is its stderr);
 * - crashed: the generator exited 2, died of a signal, or ran past its time limit;
 * - broken:  the generator exited 0 but the generated code does not compile (`message` holds the first tsc errors);
 * - built:   everything compiled; JS sits beside the TS, so `<dir>/pkgs/<pkg>/src/index.js` can be imported.
 *
 * The copy lives in `<repo>/.scratch/<name>/`, inside the repo, so that dependencies such as
 * openapi-fetch and msw resolve by walking up to the repo's node_modules. The four packages resolve
 * to the copies through symlinks in `<dir>/node_modules/@hwc-workspace/`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SCRATCH = join(REPO, '.scratch');
export const PACKAGES = ['types', 'validators', 'client', 'mocks'];
const CLI = join(REPO, 'tools/codegen/dist/cli.js');
const TSC = join(REPO, 'node_modules/typescript/bin/tsc');
export const GENERATOR_TIMEOUT_MS = 120_000;
const TSC_TIMEOUT_MS = 300_000;
const SPEC_ENTRIES = ['openapi.yaml', 'openapi.yml', 'openapi.json'];

/** Runs a command; never rejects. `timedOut` when it was killed after `timeoutMs`. */
function run(command, args, { cwd, timeoutMs }) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ code: null, signal: null, stdout, stderr: `${stderr}${error.message}`, timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** A package's hand-written sources: everything under src/ except generated/ and tests. */
function copySources(pkg, target) {
  const from = join(REPO, 'packages', pkg, 'src');
  cpSync(from, target, {
    recursive: true,
    filter: (source) => {
      const rel = relative(from, source);
      if (rel === '') return true;
      if (rel === 'generated' || rel.startsWith(`generated/`)) return false;
      if (/(^|\/)(test|__tests__)(\/|$)/.test(rel)) return false;
      return !/\.(test|spec)\.[cm]?[jt]sx?$/.test(rel) && !/\.d\.ts$/.test(rel) && !/\.js(\.map)?$/.test(rel);
    },
  });
}

/** The scratch package.json: ESM, `.` → the sources, plus the real package's other exports. */
function packageJson(pkg) {
  const real = JSON.parse(readFileSync(join(REPO, 'packages', pkg, 'package.json'), 'utf8'));
  const exports = { '.': { types: './src/index.ts', default: './src/index.js' } };
  for (const [key, value] of Object.entries(real.exports ?? {})) {
    if (key === '.') continue;
    // Other exports point into dist/ or at files of the package; map dist/*.js to src/.
    if (typeof value === 'string') exports[key] = value.replace(/^\.\/dist\//, './src/');
    else exports[key] = JSON.parse(JSON.stringify(value).replace(/\.\/dist\/([^"]*?)\.d\.ts/g, './src/$1.ts').replace(/\.\/dist\//g, './src/'));
  }
  return { name: `@hwc-workspace/${pkg}`, version: real.version ?? '0.0.0', private: true, type: 'module', exports };
}

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    // The checks the real packages are built with (tsconfig.base.json).
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    noFallthroughCasesInSwitch: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    skipLibCheck: true,
    types: ['node'],
  },
  include: ['pkgs/*/src/**/*.ts'],
};

/** Copies the spec (one file, or a directory holding openapi.yaml/json) into `<dir>/spec/`; returns the entry relative to `<dir>`. */
function copySpec(spec, dir) {
  const source = resolve(REPO, spec);
  const target = join(dir, 'spec');
  mkdirSync(target, { recursive: true });
  if (statSync(source).isDirectory()) {
    cpSync(source, target, { recursive: true, filter: (s) => basename(s) !== 'node_modules' });
    const entry = SPEC_ENTRIES.find((e) => existsSync(join(target, e)));
    if (!entry) throw new Error(`scratchBuild: ${spec} is a directory without ${SPEC_ENTRIES.join(' or ')}`);
    return `spec/${entry}`;
  }
  cpSync(source, join(target, basename(source)));
  return `spec/${basename(source)}`;
}

const WARNING = /^hwc-codegen: warning: /;

/** The first `count` tsc error blocks, paths relative to the scratch dir. */
function firstErrors(output, dir, count = 3) {
  const blocks = output.split(/\n(?=\S)/).filter((b) => /error TS\d+/.test(b));
  return blocks
    .slice(0, count)
    .map((b) => b.split(`${dir}/`).join('').trim())
    .join('\n');
}

/**
 * @param {{ spec: string, name: string, keep?: boolean }} options `spec`: a file or a directory
 *   (absolute, or relative to the repo); `name`: the scratch directory's name; `keep: false`
 *   removes the directory afterwards (default: kept, so its build can be imported).
 * @returns {Promise<{ status: 'built' | 'refused' | 'broken' | 'crashed', message: string, warnings: string[], dir: string }>}
 */
export async function scratchBuild({ spec, name, keep = true }) {
  if (!/^[A-Za-z0-9._-]+$/.test(name) || name === '.' || name === '..') throw new Error(`scratchBuild: name "${name}" must be a plain directory name`);
  if (!existsSync(CLI)) throw new Error(`scratchBuild: ${relative(REPO, CLI)} is missing; build the generator first (npm run build -w @hwc-workspace/codegen)`);
  const dir = join(SCRATCH, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules/@hwc-workspace'), { recursive: true });
  try {
    for (const pkg of PACKAGES) {
      const pkgDir = join(dir, 'pkgs', pkg);
      copySources(pkg, join(pkgDir, 'src'));
      writeFileSync(join(pkgDir, 'package.json'), `${JSON.stringify(packageJson(pkg), null, 2)}\n`);
      symlinkSync(relative(join(dir, 'node_modules/@hwc-workspace'), pkgDir), join(dir, 'node_modules/@hwc-workspace', pkg), 'dir');
    }
    // The generator writes `<root>/packages/<pkg>/src/generated/`: let that land in pkgs/.
    symlinkSync('pkgs', join(dir, 'packages'), 'dir');
    writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
    const entry = copySpec(spec, dir);

    const gen = await run(process.execPath, [CLI, '--root', dir, '--spec', entry], { cwd: dir, timeoutMs: GENERATOR_TIMEOUT_MS });
    const lines = gen.stderr.split('\n');
    const warnings = lines.filter((l) => WARNING.test(l)).map((l) => l.replace(WARNING, ''));
    const stderr = lines.filter((l) => !WARNING.test(l)).join('\n').trim();
    if (gen.timedOut) return { status: 'crashed', message: `the generator ran longer than ${GENERATOR_TIMEOUT_MS / 1000} s and was stopped`, warnings, dir };
    if (gen.signal) return { status: 'crashed', message: `the generator died of ${gen.signal}: ${stderr}`, warnings, dir };
    if (gen.code === 1) return { status: 'refused', message: stderr, warnings, dir };
    if (gen.code !== 0) return { status: 'crashed', message: stderr || `the generator exited ${gen.code}`, warnings, dir };

    const tsc = await run(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { cwd: dir, timeoutMs: TSC_TIMEOUT_MS });
    if (tsc.timedOut) return { status: 'broken', message: `tsc ran longer than ${TSC_TIMEOUT_MS / 1000} s and was stopped`, warnings, dir };
    if (tsc.code !== 0) return { status: 'broken', message: firstErrors(`${tsc.stdout}\n${tsc.stderr}`, dir) || `${tsc.stdout}${tsc.stderr}`.trim(), warnings, dir };
    return { status: 'built', message: gen.stdout.trim(), warnings, dir };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
