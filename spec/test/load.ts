import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec, normalize, type SpecModel } from '@hwc-workspace/codegen';

export const SPEC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(SPEC_DIR, '..');

let cached: Promise<SpecModel> | undefined;
/** The bundled, normalized spec (loaded once per test file). */
export function loadModel(): Promise<SpecModel> {
  cached ??= loadSpec(resolve(SPEC_DIR, 'openapi.yaml'), REPO_ROOT).then(normalize);
  return cached;
}

/**
 * Why a documented status has no example: the response's `x-no-example` (a shared response
 * whose body shape a source gives but whose error code no source shows). Undefined when it must have one.
 */
export function noExampleReason(model: SpecModel, path: string, method: string, status: string): string | undefined {
  const doc = model.document as {
    paths?: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    components?: { responses?: Record<string, unknown> };
  };
  let node = doc.paths?.[path]?.[method.toLowerCase()]?.responses?.[status] as Record<string, unknown> | undefined;
  const ref = node?.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/components/responses/'))
    node = doc.components?.responses?.[ref.slice('#/components/responses/'.length)] as Record<string, unknown> | undefined;
  const reason = node?.['x-no-example'];
  return typeof reason === 'string' && reason.trim() !== '' ? reason : undefined;
}
