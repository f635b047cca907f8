/**
 * openapi-typescript, run in this thread or in a worker thread started early. Loading it (and
 * TypeScript, ~9 MB) costs about as much as everything else the generator does for a small spec;
 * the CLI starts the worker first, so that load overlaps bundling, checking and Ajv compilation on
 * a second core. Library callers and tests that never start it render in this thread.
 */
import { createRequire } from 'node:module';
import { workerSlot } from '../thread.js';
import { escapeSeparators, specText } from './escape.js';

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

const slot = workerSlot<unknown, string>(
  new URL('./openapi-ts-worker.js', import.meta.url),
  (message) => new OpenapiTSRefusal(message),
);

/** Starts the worker and its load of openapi-typescript now; the next render uses it. */
export function startTypesWorker(): void {
  slot.start();
}

/** The names Object.prototype gives every plain object (`constructor`, `valueOf`, `__proto__`, …). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Keys whose text openapi-typescript writes into JSDoc. */
const COMMENTED = new Set(['description', 'summary', 'title']);

/**
 * The document as openapi-typescript gets it, and the function that turns its output into ours:
 * - text it writes into JSDoc (descriptions, summaries, titles) goes through specText first, like
 *   every emitter's (openapi-typescript breaks `*\/` itself, but keeps CR, U+2028 and U+2029 raw),
 *   and U+2028/U+2029 it leaves raw in string literal types are escaped in its output;
 * - every key named like an Object.prototype member (and every mention of it as a property name:
 *   `required`, `discriminator.propertyName`, `$ref` tokens) is replaced by a placeholder that the
 *   returned function turns back. openapi-typescript's copy of Redocly looks keys up in plain
 *   objects: a property named `valueOf` or `hasOwnProperty` crashes it, and one named
 *   `constructor` is silently not walked.
 */
export function forRendering(document: unknown): { document: unknown; restore: (text: string) => string } {
  const text = JSON.stringify(document) ?? '';
  let prefix = 'hwcInheritedName';
  while (text.includes(prefix)) prefix += 'X';
  const placeholders = new Map<string, string>();
  const hide = (name: string): string => {
    if (!INHERITED.has(name)) return name;
    let p = placeholders.get(name);
    if (p === undefined) placeholders.set(name, (p = `${prefix}${placeholders.size}Z`));
    return p;
  };
  const walk = (node: unknown, parentKey: string | undefined): unknown => {
    if (Array.isArray(node))
      return node.map((v) => (parentKey === 'required' && typeof v === 'string' ? hide(v) : walk(v, undefined)));
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => {
        if (k === '$ref' && typeof v === 'string') return [k, v.split('/').map(hide).join('/')];
        if (k === 'propertyName' && parentKey === 'discriminator' && typeof v === 'string') return [k, hide(v)];
        if (COMMENTED.has(k) && typeof v === 'string') return [k, specText(v, 'block-comment')];
        return [hide(k), walk(v, k)];
      }),
    );
  };
  const prepared = walk(document, undefined);
  // Its printer leaves U+2028/U+2029 raw in string literal types (enum values): escaped like ours.
  return {
    document: prepared,
    restore: (t) => escapeSeparators([...placeholders].reduce((acc, [name, p]) => acc.split(p).join(name), t)),
  };
}

export async function renderTypes(original: unknown): Promise<string> {
  const { document, restore } = forRendering(original);
  return restore(await render(document));
}

function render(document: unknown): Promise<string> {
  return slot.run(document, renderHere);
}
