/**
 * The JSON Schema view of the spec that Ajv compiles: component schemas under `$defs`, refs
 * rewritten to match, and annotations that do not affect validation left out (smaller code).
 */

import { _, type KeywordCxt, type Options } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { rebase, SPEC_ID, schemaId } from './json-schema.js';
import type { MediaModel, OperationModel, SpecModel } from './model.js';
import { userParameters } from './model.js';
import { LINEAR_PATTERN, toRe2 } from './patterns.js';
import { isInt32 } from './runtime/int32.js';
import { linearTest } from './runtime/linear.js';

export { SPEC_ID, schemaId };

import { fullFormats } from 'ajv-formats/dist/formats.js';

/** The root schema: every component schema under `$defs`, as plain JSON Schema. */
export function ajvRootSchema(model: SpecModel): Record<string, unknown> {
  return { $id: SPEC_ID, $defs: model.jsonSchemas };
}

/** The Ajv ids of one operation's schemas: a component's own id when the schema is exactly one `$ref`. */
export interface OperationSchemaIds {
  readonly request?: string;
  readonly parameters?: string;
  readonly responses: Readonly<Record<string, string>>;
}

/** One operation's schemas to compile: a component's own id, or an inline schema (with the id it is registered under). */
interface Planned {
  readonly ids: OperationSchemaIds;
  /** Inline schemas this operation registers (the first operation with a given schema registers it; the others share its id). */
  readonly own: ReadonlyMap<string, unknown>;
}

const PLANS = new WeakMap<SpecModel, Map<OperationModel, Planned>>();

/**
 * Every operation's schema ids, in model order. An inline schema identical to one an earlier
 * operation already has (graph-beta's 22,000 operations share a few error and collection
 * responses) gets that operation's id, so it is compiled and emitted once.
 */
function plans(model: SpecModel): Map<OperationModel, Planned> {
  let table = PLANS.get(model);
  if (table) return table;
  table = new Map();
  const seen = new Map<string, string>();
  const byObject = new Map<unknown, string>();
  for (const op of model.operations) {
    const own = new Map<string, unknown>();
    const inline = (schema: unknown, suffix: string): string => {
      // The same object (a shared response) first, then the same content.
      let id = byObject.get(schema);
      if (id !== undefined) return id;
      const key = JSON.stringify(schema);
      id = seen.get(key);
      if (id === undefined) {
        id = `op.${op.fileName}.${suffix}`;
        seen.set(key, id);
        own.set(id, schema);
      }
      byObject.set(schema, id);
      return id;
    };
    const media = (m: MediaModel | undefined, suffix: string): string | undefined => {
      if (m?.kind !== 'json' || m.jsonSchema === undefined) return undefined;
      return m.schemaRef !== undefined ? schemaId(m.schemaRef) : inline(m.jsonSchema, suffix);
    };
    const request = media(op.body?.primary, 'request');
    const parameters = userParameters(op).length > 0 ? inline(parametersSchema(op), 'parameters') : undefined;
    const responses: Record<string, string> = {};
    for (const r of op.responses) {
      const id = media(r.primary, `response.${r.status}`);
      if (id) responses[r.status] = id;
    }
    table.set(op, { ids: { ...(request ? { request } : {}), ...(parameters ? { parameters } : {}), responses }, own });
  }
  PLANS.set(model, table);
  return table;
}

export function operationSchemaIds(model: SpecModel, op: OperationModel): OperationSchemaIds {
  const plan = plans(model).get(op);
  if (!plan) throw new Error(`operation ${op.operationId} is not in this model`);
  return plan.ids;
}

/** The schema of `{ path, query, headers }` for an operation's caller-facing parameters. */
function parametersSchema(op: OperationModel): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const location of ['path', 'query', 'header'] as const) {
    const params = userParameters(op, location);
    if (params.length === 0) continue;
    const key = location === 'header' ? 'headers' : location;
    const names = params.filter((p) => p.required).map((p) => p.name);
    properties[key] = {
      type: 'object',
      properties: Object.fromEntries(params.map((p) => [p.name, p.jsonSchema])),
      ...(names.length > 0 ? { required: names } : {}),
    };
    if (names.length > 0) required.push(key);
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

/** Registers every operation's own (inline) schemas beside the root schema, each distinct one once. */
function addOperationSchemas(ajv: Ajv2020, model: SpecModel): void {
  for (const { own } of plans(model).values())
    for (const [id, schema] of own) ajv.addSchema({ $id: id, ...(rebase(schema) as object) });
}

/** Names every plain object inherits (`constructor`, `toString`, `valueOf`, …). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const INHERITED_USE = new WeakMap<SpecModel, boolean>();

/** Whether any schema or parameter of the model names a property like an Object.prototype member. */
export function usesInheritedNames(model: SpecModel): boolean {
  let found = INHERITED_USE.get(model);
  if (found !== undefined) return found;
  const stack: unknown[] = [
    ...Object.values(model.jsonSchemas),
    ...model.operations.flatMap((op) => [
      op.body?.primary.jsonSchema,
      ...op.responses.map((r) => r.primary?.jsonSchema),
      ...op.parameters.map((p) => ({ required: [p.name] })),
    ]),
  ];
  found = false;
  while (stack.length > 0 && !found) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        if (
          (k === 'properties' || k === 'dependentRequired') &&
          typeof v === 'object' &&
          v !== null &&
          Object.keys(v).some((n) => INHERITED.has(n))
        )
          found = true;
        if (k === 'required' && Array.isArray(v) && v.some((n) => typeof n === 'string' && INHERITED.has(n))) found = true;
        if (typeof v === 'object' && v !== null) stack.push(v);
      }
    }
  }
  INHERITED_USE.set(model, found);
  return found;
}

/**
 * An Ajv instance set up the way the generated validators are: draft 2020-12, all errors.
 * `standalone`: set up for code generation, with formats imported from the package's formats
 * module. `overrides`: options laid over these (the bench compares variants); `code` is merged.
 */
export function createAjv(model: SpecModel, standalone = false, overrides: Options = {}): Ajv2020 {
  const base: Options = {
    allErrors: true,
    discriminator: true,
    strictSchema: true,
    strictNumbers: true,
    strictTypes: false,
    strictTuples: true,
    strictRequired: false,
    validateFormats: true,
    // A property named like an Object.prototype member (`constructor`, `toString`) is present only
    // when the object has it as its own: read through the prototype, every body without one would
    // be refused. Only for specs that have such names: the check costs ~3x throughput.
    ownProperties: usesInheritedNames(model),
    // Generated code: no Ajv messages (the package writes its own words). Small $defs stay
    // inlined: measured, calling them as functions cost ~25% of throughput for ~1.3 kB gzip.
    ...(standalone
      ? {
          messages: false,
          code: {
            source: true,
            esm: true,
            lines: true,
            optimize: optimizePasses(model),
            formats: _`require("./formats.js").formats`,
          },
        }
      : {}),
  };
  const ajv = new Ajv2020({
    ...base,
    ...overrides,
    ...(base.code || overrides.code ? { code: { ...base.code, ...overrides.code } } : {}),
  });
  addLinearPattern(ajv);
  for (const name of ['email', 'date-time', 'int32']) {
    ajv.addFormat(name, FORMATS[name as keyof typeof FORMATS]);
  }
  ajv.addSchema(ajvRootSchema(model));
  addOperationSchemas(ajv, model);
  return ajv;
}

/** The module generated validators import the linear-time engine from (mapped to the package's own file when emitted). */
export const LINEAR_MODULE = '@hwc-workspace/validators/linear';

/**
 * `linearPattern: <pattern>`: a pattern the backtracking check distrusts, matched by RE2 (re2js)
 * in linear time. Its errors read like `pattern`'s (`params.pattern` is the spec's pattern).
 */
function addLinearPattern(ajv: Ajv2020): void {
  ajv.addKeyword({
    keyword: LINEAR_PATTERN,
    type: 'string',
    schemaType: 'string',
    error: {
      message: ({ schema }) => _`"must match pattern \"" + ${schema as string} + "\""`,
      params: ({ schema }) => _`{pattern: ${schema as string}}`,
    },
    code(cxt: KeywordCxt) {
      const re2 = toRe2(cxt.schema as string);
      if (re2 === undefined) throw new Error(`pattern ${JSON.stringify(cxt.schema)} has no RE2 form`);
      const test = cxt.gen.scopeValue('func', { ref: linearTest, code: _`require(${LINEAR_MODULE}).linearTest` });
      cxt.fail(_`!${test}(${re2}, ${cxt.data})`);
    },
  });
}

/** JSON Schema text (component schemas) above which Ajv's optimisation pass is skipped (see optimizePasses). */
export const LARGE_SCHEMAS_BYTES = 1024 * 1024;

/**
 * Ajv's optimisation pass (one here) shortens the generated code (CreateOrder's validator ~20%
 * smaller gzipped) but its cost grows faster than the code: on microsoft.com/graph-beta (2.4 MB of
 * component schemas, 22,361 operations) it doubled compilation (26.8 → 12.6 s without it) for 9%
 * less code, while on magento (0.12 MB) it costs nothing measurable. Skipped above
 * LARGE_SCHEMAS_BYTES, where the code is large whatever is done.
 */
function optimizePasses(model: SpecModel): 0 | 1 {
  let bytes = 0;
  for (const schema of Object.values(model.jsonSchemas)) {
    bytes += JSON.stringify(schema)?.length ?? 0;
    if (bytes > LARGE_SCHEMAS_BYTES) return 0;
  }
  return 1;
}

const SHARED = new WeakMap<SpecModel, Ajv2020>();

/** `derived` (the same schemas, fewer examples) takes over `model`'s Ajv: nothing is compiled twice. */
export function shareAjv(model: SpecModel, derived: SpecModel): void {
  SHARED.set(derived, sharedAjv(model));
  SHARED.delete(model);
}

/**
 * Lets the model's Ajv go once its code is written: on a spec the size of graph-beta it holds
 * ~2 GB (every compiled function and its source), which the rest of the run would carry and
 * garbage-collect around. A later sharedAjv(model) compiles again.
 */
export function releaseAjv(model: SpecModel): void {
  SHARED.delete(model);
}

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
  'date-time':
    /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
  int32: { type: 'number' as const, validate: isInt32 },
};
