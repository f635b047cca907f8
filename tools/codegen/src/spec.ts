/**
 * `@hwc-workspace/codegen/spec`: the spec side of the generator, light to import (no Redocly, no
 * Ajv, no openapi-typescript until asked for): which files make up a spec, a pointer's place in
 * them, how a media type is read, and the loaded, normalized model. doc-sync reads the spec
 * through this entry only.
 */

import type { SpecModel } from './model.js';
import type { NormalizeOptions } from './normalize.js';

export { specFiles, specYamlFiles } from './files.js';
export type { LoadedSpec } from './load.js';
export type {
  ExampleModel,
  MediaModel,
  OperationModel,
  ParameterModel,
  RequestBodyModel,
  ResponseModel,
  SpecModel,
} from './model.js';
export type { NormalizeOptions } from './normalize.js';
export { escapeToken, parsePointer, toPointer } from './pointer.js';
export { locate, parsedWithPositions, placeOf, yaml } from './positions.js';
export { type MediaKind, mediaKind } from './runtime/media.js';

/** The spec at `specPath` loaded (confined to `root`) and normalized; the loader is imported on the first call. */
export async function loadModel(specPath: string, root: string, options?: NormalizeOptions): Promise<SpecModel> {
  const [{ loadSpec }, { normalize }] = await Promise.all([import('./load.js'), import('./normalize.js')]);
  return normalize(await loadSpec(specPath, root), options);
}

/** The validators' Ajv setup (createAjv, the schema ids of an operation), imported when first asked for. */
export function ajvSetup(): Promise<typeof import('./ajv-schemas.js')> {
  return import('./ajv-schemas.js');
}
