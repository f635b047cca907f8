/**
 * One job on a worker thread started early: the CLI starts it before loading the
 * spec, so the worker's module loading (openapi-typescript and TypeScript, Ajv) overlaps the main
 * thread's work, and the job itself runs beside the other emitters on a second core. Library
 * callers and tests that never start a worker run the job in this thread, with the same code.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** What a worker answers: the job's output, or what it threw. */
type Answer<O> = { readonly output: O } | { readonly error: string; readonly stack?: string };

/**
 * A young generation of 192 MB (V8's default is a sixth of that): both jobs allocate short-lived
 * objects by the million. openapi-typescript's render of graph-beta took 24.1 s with the default,
 * 20.8 s with this.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 192 };

export interface WorkerSlot<I, O> {
  /** Starts the worker now (once); the next run uses it. */
  start(): void;
  /** Whether a worker is started and waiting for its job. */
  readonly started: boolean;
  /** Runs the job on the started worker (then lets it go), or with `here` when none was started. */
  run(input: I, here: (input: I) => Promise<O> | O): Promise<O>;
}

/**
 * A slot for the worker module at `url`, whose job is registered there with serveOneJob.
 * `refusal`: what the job's failure becomes, in either thread (else an Error with the worker's
 * message and stack, or the job's own error in this thread).
 */
export function workerSlot<I, O>(url: URL, refusal?: (message: string) => Error): WorkerSlot<I, O> {
  let worker: Worker | undefined;
  return {
    start() {
      if (worker) return;
      worker = new Worker(url, { resourceLimits: RESOURCE_LIMITS });
      worker.unref();
    },
    get started() {
      return worker !== undefined;
    },
    async run(input, here) {
      const w = worker;
      if (!w) {
        try {
          return await here(input);
        } catch (error) {
          throw refusal ? refusal(messageOf(error)) : error;
        }
      }
      worker = undefined;
      try {
        return await new Promise<O>((resolve, reject) => {
          w.once('message', (answer: Answer<O>) => {
            if (!('error' in answer)) return resolve(answer.output);
            const error = refusal ? refusal(answer.error) : new Error(answer.error);
            if (!refusal && answer.stack) error.stack = answer.stack;
            reject(error);
          });
          w.once('error', reject);
          w.postMessage(input);
        });
      } finally {
        void w.terminate();
      }
    },
  };
}

/** The message of whatever a job threw. */
const messageOf = (error: unknown): string => String((error as Error)?.message ?? error);

/** In a worker module: answers the one job it is sent with `job`. */
export function serveOneJob<I, O>(job: (input: I) => Promise<O> | O): void {
  parentPort?.once('message', (input: I) => {
    Promise.resolve()
      .then(() => job(input))
      .then(
        (output) => parentPort?.postMessage({ output } satisfies Answer<O>),
        (error: unknown) =>
          parentPort?.postMessage({
            error: messageOf(error),
            ...((error as Error)?.stack ? { stack: String((error as Error).stack) } : {}),
          } satisfies Answer<O>),
      );
  });
}
