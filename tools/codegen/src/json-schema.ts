/**
 * OpenAPI schema objects → plain JSON Schema 2020-12 for Ajv: component refs point at `$defs`,
 * other local refs are inlined, OpenAPI 3.0's `nullable` and boolean bounds are rewritten,
 * annotations are dropped, and keywords Ajv cannot take are removed (with a warning when they
 * change what is accepted). Pure.
 */

import { planPattern } from './patterns.js';
import { escapeToken } from './pointer.js';

type Json = Record<string, unknown>;
/** A plain JSON object (not an array, not null). */
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const COMPONENT_PREFIX = '#/components/schemas/';
export const SPEC_ID = 'spec';

/** The component name a `#/components/schemas/…` ref names (pointer and percent escapes undone). */
export function componentName(ref: string): string {
  return decodeURIComponent(ref.slice(COMPONENT_PREFIX.length)).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The Ajv id of a component schema; any name works (escaped as a pointer token, then for a URI). */
export function schemaId(name: string): string {
  return `${SPEC_ID}#/$defs/${encodeURIComponent(escapeToken(name))}`;
}

/** JSON Schema 2020-12 keywords that validate or that Ajv understands. Everything else is dropped. */
const KEYWORDS = new Set([
  '$ref',
  '$defs',
  'type',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxContains',
  'minContains',
  'contains',
  'maxProperties',
  'minProperties',
  'required',
  'dependentRequired',
  'dependentSchemas',
  'properties',
  'patternProperties',
  'additionalProperties',
  'propertyNames',
  'unevaluatedProperties',
  'items',
  'prefixItems',
  'unevaluatedItems',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'format',
  'discriminator',
]);
/** Annotations and OpenAPI extras that never change what validates: dropped silently. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'examples',
  'example',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  'nullable',
  '$comment',
  '$schema',
  '$id',
  '$anchor',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
  '$dynamicAnchor',
]);
/** Formats OpenAPI and JSON Schema define: without a validator of ours they are annotations, dropped silently. */
const KNOWN_FORMATS = new Set([
  'int32',
  'int64',
  'float',
  'double',
  'byte',
  'binary',
  'password',
  'date',
  'date-time',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
  'char',
  'decimal',
  'url',
]);
/** Keywords whose value is a map of names to schemas (the names are data, not keywords). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_ONE = new Set([
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
]);

export interface ConvertContext {
  readonly document: Json;
  readonly dialect: '3.0' | '3.1';
  /** Formats the validators check; any other `format` is an annotation and is dropped. */
  readonly formats: ReadonlySet<string>;
  /** Called once per dropped keyword or format that could have restricted values (or a pattern rewritten or dropped), at its pointer. */
  warn(pointer: string, message: string): void;
  /** Refuse, rather than warn about, a pattern that could backtrack, is rewritten or is dropped (this repository's own spec). */
  readonly strictPatterns?: boolean;
  /** Called for a schema problem that must stop generation (bad pattern). */
  fail(pointer: string, message: string): void;
}

/** The same schema with its `#/$defs/…` refs made absolute, for schemas that live outside the root. */
export function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!isObject(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `${SPEC_ID}${v}` : rebase(v),
    ]),
  );
}

/** Resolves a local JSON pointer ref (`#/a/b`) in the document. */
export function resolvePointer(document: Json, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  return ref
    .slice(1)
    .split('/')
    .slice(1)
    .map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((acc, t) => (isObject(acc) || Array.isArray(acc) ? (acc as Json)[t] : undefined), document);
}

/** A node with its chain of local `$ref`s followed (at most 20 hops, so a ref cycle ends). */
export function resolveRefs(document: Json, node: unknown): unknown {
  let current = node;
  for (let i = 0; i < 20 && isObject(current) && typeof current.$ref === 'string'; i++)
    current = resolvePointer(document, current.$ref);
  return current;
}

/** Ajv's discriminator support needs oneOf branches that each pin the tag with const/enum. */
function discriminatorUsable(node: Json, ctx: ConvertContext, tag: string): boolean {
  if (!Array.isArray(node.oneOf)) return false;
  const topRequired = Array.isArray(node.required) && node.required.includes(tag);
  return node.oneOf.every((branch) => {
    const b = resolveRefs(ctx.document, branch);
    if (!isObject(b) || !isObject(b.properties)) return false;
    const prop = b.properties[tag];
    if (!isObject(prop) || (prop.const === undefined && !Array.isArray(prop.enum))) return false;
    return topRequired || (Array.isArray(b.required) && b.required.includes(tag));
  });
}

function nullable(out: Json): void {
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
}

/**
 * Converts one schema. `inlining` holds the non-component refs being inlined on this branch, so
 * a cycle through them is cut (and reported) instead of recursing forever.
 */
export function toJsonSchema(
  node: unknown,
  ctx: ConvertContext,
  pointer: string,
  inlining: ReadonlySet<string> = new Set(),
): unknown {
  if (typeof node === 'boolean') return node;
  if (!isObject(node)) return {};
  if (inlining.size > 0) return convert(node, ctx, pointer, inlining);
  // A schema object met again (a shared response or parameter: graph-beta's 22,000 operations
  // use a few) converts to the same result: convert it once, share the (never mutated) result.
  let done = CONVERTED.get(ctx);
  if (!done) CONVERTED.set(ctx, (done = new WeakMap()));
  if (!done.has(node)) done.set(node, convert(node, ctx, pointer, inlining));
  return done.get(node);
}

const CONVERTED = new WeakMap<ConvertContext, WeakMap<object, unknown>>();

function convert(node: Json, ctx: ConvertContext, pointer: string, inlining: ReadonlySet<string>): unknown {
  if (typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (ref.startsWith(COMPONENT_PREFIX)) return { $ref: schemaId(componentName(ref)).slice(SPEC_ID.length) };
    if (inlining.has(ref)) {
      ctx.warn(pointer, `the $ref cycle through ${ref} is not a component schema; it is accepted as any value.`);
      return {};
    }
    const target = resolvePointer(ctx.document, ref);
    if (target === undefined) {
      ctx.fail(pointer, `$ref ${ref} points at nothing`);
      return {};
    }
    return toJsonSchema(target, ctx, ref.slice(1), new Set([...inlining, ref]));
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    const here = `${pointer}/${key}`;
    if (key.startsWith('x-') || ANNOTATIONS.has(key)) continue;
    if (!KEYWORDS.has(key)) {
      ctx.warn(pointer, `unknown schema keyword "${key}" ignored.`);
      continue;
    }
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v, ctx, `${here}/${k}`, inlining)]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((v, i) => toJsonSchema(v, ctx, `${here}/${i}`, inlining));
    } else if (key === 'items' && Array.isArray(value)) {
      out.prefixItems = value.map((v, i) => toJsonSchema(v, ctx, `${here}/${i}`, inlining)); // draft-04 tuple form
    } else if (SCHEMA_ONE.has(key)) {
      out[key] = toJsonSchema(value, ctx, here, inlining);
    } else if (key === 'format') {
      if (typeof value === 'string' && ctx.formats.has(value)) out.format = value;
      else if (typeof value === 'string' && !KNOWN_FORMATS.has(value))
        ctx.warn(pointer, `unknown format "${value}" ignored (any string passes).`);
    } else if (key === 'pattern') {
      if (typeof value !== 'string') continue;
      const plan = planPattern(value, ctx.strictPatterns === true);
      Object.assign(out, plan.rule);
      if (plan.error) ctx.fail(here, plan.error);
      else if (plan.warning) ctx.warn(here, plan.warning);
    } else if (key === 'discriminator') {
      const tag = isObject(value) ? value.propertyName : undefined;
      if (typeof tag === 'string' && discriminatorUsable(node, ctx, tag)) out.discriminator = { propertyName: tag };
    } else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
      const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      if (value && typeof node[bound] === 'number') out[key] = node[bound];
    } else if (key === 'required' && !Array.isArray(value)) {
      continue; // a boolean `required` on a property (Swagger habit) means nothing in JSON Schema
    } else {
      out[key] = value;
    }
  }
  for (const bound of ['minimum', 'maximum'] as const) {
    const ex = bound === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum';
    if (typeof out[ex] === 'number' && out[bound] === out[ex]) delete out[bound];
  }
  if (node.nullable === true) nullable(out);
  return out;
}
