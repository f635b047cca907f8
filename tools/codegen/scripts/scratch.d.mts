/** Types of scratch.mjs (plain ESM, no build step). */
export declare const REPO: string;
export declare const SCRATCH: string;
export declare const PACKAGES: readonly ['types', 'validators', 'client', 'mocks'];
export declare const GENERATOR_TIMEOUT_MS: number;

export interface ScratchResult {
  readonly status: 'built' | 'refused' | 'broken' | 'crashed';
  /** refused: the generator's stderr; broken: the first tsc errors; crashed: what went wrong; built: the generator's summary. */
  readonly message: string;
  /** The generator's warnings, without their `hwc-codegen: warning:` prefix. */
  readonly warnings: string[];
  /** The scratch directory (removed afterwards when `keep` is false). */
  readonly dir: string;
}

/** Generates the four packages from `spec` into `<repo>/.scratch/<name>/` and compiles them with one tsc run. */
export declare function scratchBuild(options: { spec: string; name: string; keep?: boolean }): Promise<ScratchResult>;
