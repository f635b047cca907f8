/**
 * The JSON Schema view of the spec that Ajv compiles: component schemas under `$defs`, refs
 * rewritten to match, and annotations that do not affect validation left out (smaller code).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { _ } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { SpecModel } from './normalize.js';

const DROP = new Set(['description', 'title', 'example', 'examples', 'deprecated', 'default', 'externalDocs', 'xml', 'readOnly', 'writeOnly']);
export const SPEC_ID = 'spec';

function strip(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // `properties` keys are data names, never keywords: keep them all.
    if (key !== 'properties' && (DROP.has(k) || k.startsWith('x-'))) continue;
    if (k === 'discriminator' && typeof v === 'object' && v !== null) {
      out[k] = { propertyName: (v as { propertyName: string }).propertyName };
      continue;
    }
    if (k === '$ref' && typeof v === 'string') {
      out[k] = v.replace('#/components/schemas/', '#/$defs/');
      continue;
    }
    out[k] = strip(v, k);
  }
  return out;
}

export function ajvRootSchema(model: SpecModel): Record<string, unknown> {
  return { $id: SPEC_ID, $defs: strip(model.schemas) };
}

export function schemaId(name: string): string {
  return `${SPEC_ID}#/$defs/${name}`;
}

/** An Ajv instance set up the way the generated validators are: draft 2020-12, all errors. */
/** `standalone`: set Ajv up for code generation, with formats imported from the package's formats module. */
export function createAjv(model: SpecModel, standalone = false): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    discriminator: true,
    strictSchema: true,
    strictNumbers: true,
    strictTypes: false,
    strictTuples: true,
    strictRequired: false,
    validateFormats: true,
    // Generated code: no Ajv messages (the package writes its own words). Small $defs stay
    // inlined: measured, calling them as functions cost ~25% of throughput for ~1.3 kB gzip.
    ...(standalone ? { messages: false, code: { source: true, esm: true, lines: true, optimize: 1, formats: _`require("./formats.js").formats` } } : {}),
  });
  for (const name of ['email', 'date-time', 'int32']) {
    ajv.addFormat(name, FORMATS[name as keyof typeof FORMATS]);
  }
  ajv.addSchema(ajvRootSchema(model));
  return ajv;
}

/** int32 as OpenAPI defines it: an integer in [-2^31, 2^31 - 1]. */
export function isInt32(n: number): boolean {
  return Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;
}

const SHARED = new WeakMap<SpecModel, Ajv2020>();

/**
 * The one code-generating Ajv of a model, shared by the example check and the validators
 * emitter so that each schema is compiled once per run. Compilation order is fixed by the
 * model, so the generated code is the same on every run.
 */
export function sharedAjv(model: SpecModel): Ajv2020 {
  let ajv = SHARED.get(model);
  if (!ajv) {
    ajv = createAjv(model, true);
    SHARED.set(model, ajv);
  }
  return ajv;
}

/**
 * The string formats the spec uses. The one definition: examples are checked with it at
 * generation time, and the validators emitter writes it out as generated/formats.ts.
 */
export const FORMATS = {
  // ajv-formats' maintained "full" email (the one Prism and most JSON Schema tools agree with):
  // no leading, trailing or doubled dot in the local part, and a dotted domain. ASCII only.
  email: fullFormats.email as RegExp,
  'date-time': /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
  int32: { type: 'number' as const, validate: isInt32 },
};
