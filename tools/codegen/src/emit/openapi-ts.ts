/**
 * openapi-typescript, run in this thread or in a worker thread started early. Loading it (and
 * TypeScript, ~9 MB) costs about as much as everything else the generator does for a small spec;
 * the CLI starts the worker first, so that load overlaps bundling, checking and Ajv compilation on
 * a second core. Library callers and tests that never start it render in this thread.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

type OpenapiTS = typeof import('openapi-typescript');

// openapi-typescript's CommonJS build: it then loads TypeScript with require(). Its ES build
// imports TypeScript as ESM, and Node scans the 9 MB CommonJS file for named exports first
// (cjs-module-lexer): measured ~470 ms of a ~1.8 s regeneration on the CI machine type.
let lib: OpenapiTS | undefined;
export function loadOpenapiTS(): OpenapiTS {
  lib ??= createRequire(import.meta.url)('openapi-typescript') as OpenapiTS;
  return lib;
}

/** openapi-typescript's output for a document, in this thread. */
export async function renderHere(document: unknown): Promise<string> {
  const { default: openapiTS, astToString } = loadOpenapiTS();
  return astToString(await openapiTS(document as never, { alphabetize: false, exportType: false, defaultNonNullable: false }));
}

/** What openapi-typescript refused, with its own message (the caller names the place). */
export class OpenapiTSRefusal extends Error {}

let worker: Worker | undefined;

/** Starts the worker and its load of openapi-typescript now; the next render uses it. */
export function startTypesWorker(): void {
  if (worker) return;
  worker = new Worker(new URL('./openapi-ts-worker.js', import.meta.url));
  worker.unref();
}

export async function renderTypes(document: unknown): Promise<string> {
  const w = worker;
  if (!w) {
    try {
      return await renderHere(document);
    } catch (error) {
      throw new OpenapiTSRefusal(String((error as Error)?.message ?? error));
    }
  }
  worker = undefined;
  try {
    return await new Promise<string>((resolve, reject) => {
      w.once('message', (answer: { text?: string; error?: string }) => (answer.error !== undefined ? reject(new OpenapiTSRefusal(answer.error)) : resolve(answer.text ?? '')));
      w.once('error', reject);
      w.postMessage(document);
    });
  } finally {
    void w.terminate();
  }
}
