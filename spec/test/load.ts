import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { loadSpec, normalize, type SpecModel } from '@hwc-workspace/codegen';

export const SPEC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(SPEC_DIR, '..');

let cached: Promise<SpecModel> | undefined;
/** The bundled, normalized spec (loaded once per test file). */
export function loadModel(): Promise<SpecModel> {
  cached ??= loadSpec(resolve(SPEC_DIR, 'openapi.yaml'), REPO_ROOT).then(normalize);
  return cached;
}
