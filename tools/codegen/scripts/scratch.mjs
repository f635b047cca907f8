/**
 * Scratch builds: generate the four packages from any spec into a throw-away copy of the repo's
 * hand-written package sources, then build them as `npm run build` does and read them as a consumer
 * would.
 *
 *   const result = await scratchBuild({ spec: 'path/to/openapi.json', name: 'petstore' });
 *   // { status: 'built' | 'refused' | 'broken' | 'crashed' | 'over-limit', message, warnings, dir }
 *
 * The build: each package compiled on its own, in dependency order, with its real tsconfig.build.json
 * (declarations on, into dist/, each package reading the ones before it through their emitted .d.ts),
 * then a consumer that imports every entry point is type-checked with `skipLibCheck: false`.
 *
 * - refused:    the generator exited 1 (a spec problem it reports; `message` is its stderr);
 * - crashed:    the generator exited 2 or died of a signal;
 * - over-limit: the generator or a tsc ran past its time limit or out of its heap (`limits`);
 * - broken:     the generator exited 0 but a package or its declarations do not compile (`message`
 *               says which step failed and holds the first tsc errors);
 * - built:      everything compiled; `<dir>/pkgs/<pkg>/dist/index.js` can be imported.
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
/** Default per-step limits: the generator's run, each tsc's run, and the heap of each (MiB). */
export const DEFAULT_LIMITS = Object.freeze({ generatorMs: 120_000, tscMs: 300_000, heapMb: 4096 });
export const GENERATOR_TIMEOUT_MS = DEFAULT_LIMITS.generatorMs;
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

/** The scratch package.json: the real package's name, version, type and exports (dist/), nothing else. */
function packageJson(pkg) {
  const real = JSON.parse(readFileSync(join(REPO, 'packages', pkg, 'package.json'), 'utf8'));
  return {
    name: `@hwc-workspace/${pkg}`,
    version: real.version ?? '0.0.0',
    private: true,
    type: 'module',
    exports: real.exports,
  };
}

/** The entry points a consumer can import: every key of `exports` but package.json. */
function entryPoints(pkg) {
  const { exports } = packageJson(pkg);
  return Object.keys(exports ?? { '.': null })
    .filter((k) => !k.endsWith('package.json'))
    .map((k) => `@hwc-workspace/${pkg}${k === '.' ? '' : k.slice(1)}`);
}

/**
 * A consumer of the four built packages: imports every entry point, and type-checks what it reads,
 * the emitted .d.ts, with `skipLibCheck: false` (as tools/consumer does with the packed packages).
 */
const CONSUMER_TSCONFIG = {
  compilerOptions: {
    strict: true,
    skipLibCheck: false,
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    types: ['node'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    noEmit: true,
  },
  include: ['index.ts'],
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

const OUT_OF_MEMORY = /heap out of memory|Allocation failed|ERR_STRING_TOO_LONG|Invalid string length/;

/** A message when a step was stopped by a limit, else null. */
function overLimit(step, result, limitMs, heapMb) {
  if (result.timedOut) return `${step} ran longer than ${limitMs / 1000} s and was stopped`;
  if (result.code !== 0 && OUT_OF_MEMORY.test(`${result.stderr}\n${result.stdout}`))
    return `${step} ran out of memory (heap limit ${heapMb} MiB)`;
  return null;
}

/**
 * @param {{ spec: string, name: string, keep?: boolean, limits?: Partial<typeof DEFAULT_LIMITS> }} options
 *   `spec`: a file or a directory (absolute, or relative to the repo); `name`: the scratch
 *   directory's name; `keep: false` removes the directory afterwards (default: kept, so its build
 *   can be imported); `limits`: per-step time and heap limits (DEFAULT_LIMITS).
 */
export async function scratchBuild({ spec, name, keep = true, limits: given = {} }) {
  if (!/^[A-Za-z0-9._-]+$/.test(name) || name === '.' || name === '..')
    throw new Error(`scratchBuild: name "${name}" must be a plain directory name`);
  if (!existsSync(CLI))
    throw new Error(
      `scratchBuild: ${relative(REPO, CLI)} is missing; build the generator first (npm run build -w @hwc-workspace/codegen)`,
    );
  const limits = { ...DEFAULT_LIMITS, ...given };
  const heap = `--max-old-space-size=${limits.heapMb}`;
  const dir = join(SCRATCH, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules/@hwc-workspace'), { recursive: true });
  try {
    cpSync(join(REPO, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
    for (const pkg of PACKAGES) {
      const pkgDir = join(dir, 'pkgs', pkg);
      copySources(pkg, join(pkgDir, 'src'));
      cpSync(join(REPO, 'packages', pkg, 'tsconfig.build.json'), join(pkgDir, 'tsconfig.build.json'));
      writeFileSync(join(pkgDir, 'package.json'), `${JSON.stringify(packageJson(pkg), null, 2)}\n`);
      symlinkSync(
        relative(join(dir, 'node_modules/@hwc-workspace'), pkgDir),
        join(dir, 'node_modules/@hwc-workspace', pkg),
        'dir',
      );
    }
    // The generator writes `<root>/packages/<pkg>/src/generated/`: let that land in pkgs/.
    symlinkSync('pkgs', join(dir, 'packages'), 'dir');
    const entry = copySpec(spec, dir);

    const gen = await run(process.execPath, [heap, CLI, '--root', dir, '--spec', entry], {
      cwd: dir,
      timeoutMs: limits.generatorMs,
    });
    const lines = gen.stderr.split('\n');
    const warnings = lines.filter((l) => WARNING.test(l)).map((l) => l.replace(WARNING, ''));
    const stderr = lines
      .filter((l) => !WARNING.test(l))
      .join('\n')
      .trim();
    const genLimit = overLimit('the generator', gen, limits.generatorMs, limits.heapMb);
    if (genLimit) return { status: 'over-limit', message: genLimit, warnings, dir };
    if (gen.signal) return { status: 'crashed', message: `the generator died of ${gen.signal}: ${stderr}`, warnings, dir };
    if (gen.code === 1) return { status: 'refused', message: stderr, warnings, dir };
    if (gen.code !== 0) return { status: 'crashed', message: stderr || `the generator exited ${gen.code}`, warnings, dir };

    // As `npm run build`: each package alone, in dependency order, declarations included; then a consumer.
    const consumer = join(dir, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'tsconfig.json'), `${JSON.stringify(CONSUMER_TSCONFIG, null, 2)}\n`);
    const imports = PACKAGES.flatMap(entryPoints);
    writeFileSync(
      join(consumer, 'index.ts'),
      `${imports.map((m, i) => `import * as m${i} from '${m}';`).join('\n')}\nexport { ${imports.map((_, i) => `m${i}`).join(', ')} };\n`,
    );
    const steps = [
      ...PACKAGES.map((pkg) => ({ step: `the build of ${pkg}`, project: join(dir, 'pkgs', pkg, 'tsconfig.build.json') })),
      { step: 'the consumer check of the declarations (skipLibCheck false)', project: join(consumer, 'tsconfig.json') },
    ];
    for (const { step, project } of steps) {
      const tsc = await run(process.execPath, [heap, TSC, '-p', project, '--pretty', 'false'], {
        cwd: dir,
        timeoutMs: limits.tscMs,
      });
      const tscLimit = overLimit(`tsc (${step})`, tsc, limits.tscMs, limits.heapMb);
      if (tscLimit) return { status: 'over-limit', message: tscLimit, warnings, dir };
      if (tsc.code !== 0)
        return {
          status: 'broken',
          message: `${step} failed:\n${firstErrors(`${tsc.stdout}\n${tsc.stderr}`, dir) || `${tsc.stdout}${tsc.stderr}`.trim()}`,
          warnings,
          dir,
        };
    }
    return { status: 'built', message: gen.stdout.trim(), warnings, dir };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
