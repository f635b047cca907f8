import type { SpecModel } from '../model.js';

/** One emitter per package: renders that package's generated files, keyed by repo-relative path. */
export interface Emitter {
  readonly name: string;
  emit(model: SpecModel): Promise<Map<string, string>> | Map<string, string>;
}
