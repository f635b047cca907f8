/**
 * The generator: spec → map of files. Pure: takes the loaded spec, returns every generated file
 * keyed by repo-relative path, and touches no disk. Stages: normalize → check → emit → print.
 */
import { checkExamples } from './check-examples.js';
import { clientEmitter } from './emit/client.js';
import type { Emitter } from './emit/emitter.js';
import { mocksEmitter } from './emit/mocks.js';
import { typesEmitter } from './emit/types.js';
import { validatorsEmitter } from './emit/validators.js';
import { countRepeats, SpecError, SpecErrors } from './errors.js';
import type { LoadedSpec } from './load.js';
import { type NormalizeOptions, normalize, sortedDocument } from './normalize.js';
import { printFile } from './print.js';

/** The emitter registry: one per package, each the same shape. */
export const EMITTERS: readonly Emitter[] = [typesEmitter, validatorsEmitter, clientEmitter, mocksEmitter];

export interface GenerateOptions extends NormalizeOptions {
  /** An example that does not match its schema stops generation (else: a warning, and the example is left out). */
  readonly strictExamples?: boolean;
}

/**
 * `warnings` receives what the generator skipped or guessed (the CLI prints them), a problem
 * repeated at many places once with its count; `options` as normalize's, and strictExamples.
 */
export async function generate(
  spec: LoadedSpec,
  emitters: readonly Emitter[] = EMITTERS,
  warnings?: string[],
  options: GenerateOptions = {},
): Promise<Map<string, string>> {
  // A structure check still running on its worker decides first: a structurally broken spec is
  // reported as such, whatever a later stage made of it.
  const structure = async (): Promise<readonly string[]> => {
    const found = await spec.structure;
    if (found && found.errors.length > 0) throw new SpecErrors(found.errors.map((e) => new SpecError(e.location, e.detail)));
    return found?.warnings ?? [];
  };
  let files: Map<string, string>;
  let found: string[];
  try {
    ({ files, warnings: found } = await run(spec, emitters, options));
  } catch (error) {
    await structure();
    throw error;
  }
  warnings?.push(...countRepeats([...(await structure()), ...found]));
  return files;
}

async function run(
  spec: LoadedSpec,
  emitters: readonly Emitter[],
  options: GenerateOptions,
): Promise<{ files: Map<string, string>; warnings: string[] }> {
  // openapi-typescript (on its worker, when the CLI started one) needs only the document: it
  // starts now, beside normalization and the example check (on graph-beta ~5 s of its ~45).
  const document = sortedDocument(spec.document);
  for (const emitter of emitters) emitter.prepare?.(document);
  const normalized = normalize(spec, options);
  const { model, warnings: examples } = checkExamples(normalized, { strict: options.strictExamples ?? false });
  // Every emitter starts before any is awaited: types renders on the worker thread (when the CLI
  // started it) while this thread compiles validators; on graph-beta that overlap is minutes.
  const started = emitters.map((emitter) => {
    try {
      return Promise.resolve(emitter.emit(model));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  });
  for (const result of started) result.catch(() => undefined); // awaited below, in order
  const files = new Map<string, string>();
  for (const [i, emitter] of emitters.entries()) {
    for (const [path, body] of await (started[i] as Promise<ReadonlyMap<string, string>>)) {
      if (files.has(path)) throw new Error(`emitters "${emitter.name}" and another both write ${path}`);
      files.set(path, printFile(model.entry, body));
    }
  }
  return {
    files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    warnings: [...model.warnings, ...examples],
  };
}
