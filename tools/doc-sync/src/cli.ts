#!/usr/bin/env node
/**
 * hwc-doc-sync <page or definition files (.txt, .html, .json)…> [--json] [--draft <dir>] [--root <repo>]
 * hwc-doc-sync --fetch <Operation…> | --fetch-all [--region <id>] [--fetch-base <origin>] [--save <dir>] …
 * Exit 0 no drift, 1 drift, 2 bad input (or a failed download).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { printable } from './printable.js';
import { run, USAGE } from './run.js';

const usage = (message: string) => {
  process.stderr.write(`doc-sync: ${printable(message)}\n${USAGE}\n`);
  process.exitCode = 2;
};

try {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      json: { type: 'boolean', default: false },
      root: { type: 'string' },
      spec: { type: 'string' },
      draft: { type: 'string' },
      fetch: { type: 'boolean', default: false },
      'fetch-all': { type: 'boolean', default: false },
      region: { type: 'string' },
      'fetch-base': { type: 'string' },
      save: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const fetching = values.fetch || values['fetch-all'];
  if (values.fetch && values['fetch-all'])
    usage('--fetch names operations, --fetch-all takes every operation of the spec: give one of them.');
  else if (values.fetch && positionals.length === 0)
    usage('--fetch needs the names of the operations to download (CreateOrder ShowJob …).');
  else if (values['fetch-all'] && positionals.length > 0)
    usage(`--fetch-all takes no names or files (got ${positionals.join(' ')}).`);
  else if (!fetching && (values.region !== undefined || values['fetch-base'] !== undefined || values.save !== undefined))
    usage('--region, --fetch-base and --save go with --fetch or --fetch-all.');
  else {
    // Under `npm run doc-sync` (root → this package's bin) paths are relative to where the user
    // invoked npm, which the root script passes on.
    const cwd = process.env.DOC_SYNC_CWD || process.cwd();
    const root = values.root ? resolve(cwd, values.root) : resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
    const fetch = fetching
      ? {
          names: values['fetch-all'] ? ('all' as const) : positionals,
          ...(values.region !== undefined ? { region: values.region } : {}),
          ...(values['fetch-base'] !== undefined ? { origin: values['fetch-base'] } : {}),
          ...(values.save !== undefined ? { save: values.save } : {}),
        }
      : undefined;
    const result = await run(fetching ? [] : positionals, {
      json: values.json,
      root,
      cwd,
      ...(values.spec ? { spec: values.spec } : {}),
      ...(values.draft !== undefined ? { draft: values.draft } : {}),
      ...(fetch ? { fetch } : {}),
    });
    // Page text in the output never reaches the terminal as escape sequences or control characters.
    process.stdout.write(printable(result.stdout));
    process.stderr.write(printable(result.stderr));
    process.exitCode = result.code;
  }
} catch (e) {
  usage((e as Error).message);
}
