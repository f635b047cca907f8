/** Types of scratch.mjs (plain ESM, no build step). */
export declare const REPO: string;
export declare const SCRATCH: string;
export declare const PACKAGES: readonly ['types', 'validators', 'client', 'mocks'];
/** Per-step limits: the generator's run and each tsc's run (ms), and the heap of each (MiB). */
export interface ScratchLimits {
  readonly generatorMs: number;
  readonly tscMs: number;
  readonly heapMb: number;
}
export declare const DEFAULT_LIMITS: ScratchLimits;
export declare const GENERATOR_TIMEOUT_MS: number;

export interface ScratchResult {
  readonly status: 'built' | 'refused' | 'broken' | 'crashed' | 'over-limit';
  /** refused: the generator's stderr; broken: the failed step and its first tsc errors; crashed/over-limit: what went wrong; built: the generator's summary. */
  readonly message: string;
  /** The generator's warnings, without their `hwc-codegen: warning:` prefix. */
  readonly warnings: string[];
  /** The scratch directory (removed afterwards when `keep` is false). */
  readonly dir: string;
}

/**
 * Generates the four packages from `spec` into `<repo>/.scratch/<name>/`, builds each as `npm run build`
 * does (declarations into dist/) and type-checks a consumer of their .d.ts with skipLibCheck false.
 */
export declare function scratchBuild(options: { spec: string; name: string; keep?: boolean; limits?: Partial<ScratchLimits> }): Promise<ScratchResult>;
