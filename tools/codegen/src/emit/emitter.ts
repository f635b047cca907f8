import type { SpecModel } from '../model.js';

/** One emitter per package: renders that package's generated files, keyed by repo-relative path. */
export interface Emitter {
  readonly name: string;
  /**
   * Work that needs only the bundled document (as `model.document` will hold it: normalize's
   * sortedDocument), started as soon as the spec is loaded, before normalization and the example
   * check; `emit` then finishes it. Nothing it starts may outlive a failed run in a way that
   * matters: its result is dropped when normalization refuses the spec.
   */
  prepare?(document: Readonly<Record<string, unknown>>): void;
  emit(model: SpecModel): Promise<Map<string, string>> | Map<string, string>;
}
