import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * HWC_MSW_DIR=<dir>: run on the msw installed in <dir>/node_modules (CI installs msw 3 there to test
 * the other major of the mocks' peer range). Both `msw` imports (the tests' and the mocks package's,
 * which vitest transforms as workspace source) then resolve to that copy.
 */
const dir = process.env.HWC_MSW_DIR;
const root = dir ? resolve(dir, 'node_modules/msw') : resolve(import.meta.dirname, '../../node_modules/msw');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  exports: Record<string, { default?: string; import?: string }>;
};
const entry = (subpath: string) => {
  const target = manifest.exports[subpath];
  return join(root, target?.import ?? target?.default ?? '');
};

export default defineConfig({
  resolve: dir
    ? {
        alias: [
          { find: /^msw$/, replacement: entry('.') },
          { find: /^msw\/node$/, replacement: entry('./node') },
        ],
      }
    : {},
  test: { include: ['test/**/*.test.ts'], env: { HWC_MSW_VERSION: manifest.version } },
});
