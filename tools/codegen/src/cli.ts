#!/usr/bin/env node
/**
 * hwc-codegen [--spec <file>] [--root <dir>] [--check] [--strict-patterns] [--strict-examples]
 * Exit codes: 0 ok, 1 findings (spec problems, or stale files with --check), 2 usage or crash.
 * --strict-examples: an example that does not match its schema is an error (else a warning, and
 * the example is left out of the mocks and docs).
 * --all-threads: the structure check and the validators on worker threads whatever the spec's
 * size (by default only for an entry file over 4 MiB); the output is the same either way.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startTypesWorker } from './emit/openapi-ts.js';
import { startValidatorsWorker } from './emit/validators.js';
import { SpecError, SpecErrors } from './errors.js';
import { generate } from './generate.js';
import { loadSpec } from './load.js';
import { startStructureWorker } from './structure.js';
import { diffAgainstDisk, writeAtomically } from './write.js';

const USAGE =
  'Usage: hwc-codegen [--spec spec/openapi.yaml] [--root .] [--check] [--strict-patterns] [--strict-examples] [--all-threads]';

/** Size of the spec's entry file above which the structure check and the validators get worker threads. */
const LARGE_ENTRY_BYTES = 4 * 1024 * 1024;

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // loadSpec says what is wrong with it
  }
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        spec: { type: 'string', default: 'spec/openapi.yaml' },
        root: { type: 'string', default: '.' },
        check: { type: 'boolean', default: false },
        'strict-patterns': { type: 'boolean', default: false },
        'strict-examples': { type: 'boolean', default: false },
        'all-threads': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`hwc-codegen: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = resolve(values.root);
  const entryPath = resolve(root, values.spec);
  // openapi-typescript loads on a second thread while this one bundles and checks the spec. On a
  // large spec the structure check and Ajv's compilation take seconds each and get threads of
  // their own too; on a small one starting them costs more than it saves (own spec 1.35 → 1.68 s,
  // magento's 876 kB 2.25 → 2.6 s with them; graph-beta's 47 MB 51 → 47.6 s).
  startTypesWorker();
  if (values['all-threads'] || fileSize(entryPath) > LARGE_ENTRY_BYTES) {
    startStructureWorker();
    startValidatorsWorker();
  }
  try {
    const spec = await loadSpec(entryPath, root);
    const warnings: string[] = [];
    const files = await generate(spec, undefined, warnings, {
      strictPatterns: values['strict-patterns'],
      strictExamples: values['strict-examples'],
    });
    for (const w of warnings) process.stderr.write(`hwc-codegen: warning: ${w}\n`);
    if (values.check) {
      const drift = diffAgainstDisk(root, files);
      const stale = [...drift.changed, ...drift.added, ...drift.removed];
      if (stale.length === 0) {
        process.stdout.write(`hwc-codegen: ${files.size} generated files are up to date.\n`);
        return 0;
      }
      process.stderr.write(
        `hwc-codegen: ${stale.length} generated files are stale; run \`npm run generate\`:\n${stale.map((s) => `  ${s}`).join('\n')}\n`,
      );
      return 1;
    }
    const drift = writeAtomically(root, files);
    const changes = drift.changed.length + drift.added.length + drift.removed.length;
    process.stdout.write(`hwc-codegen: wrote ${files.size} files from ${spec.entry} (${changes} changed).\n`);
    return 0;
  } catch (err) {
    if (err instanceof SpecErrors || err instanceof SpecError) {
      process.stderr.write(`hwc-codegen: the spec has problems; nothing was written.\n${err.message}\n`);
      return 1;
    }
    process.stderr.write(`hwc-codegen: failed: ${(err as Error).stack ?? String(err)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
