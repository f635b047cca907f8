/**
 * Reads one of Huawei's API Explorer definitions: a JSON object whose `paths`, `parameters` and
 * `definitions` are Swagger 2.0 (or a plain Swagger 2.0 document), into operations whose schemas
 * carry the service's exact facts: types, formats, bounds (Swagger's keywords first, then the
 * `x-annotations`, `x-minLength`/`x-maxLength` and `x-type` extensions for what they leave out),
 * enums, defaults, patterns and required lists. Descriptions are not kept (they are Huawei's
 * text); only whether a node had one. `x-is_inner_param` fields are dropped everywhere.
 */
import { mediaKind } from '@hwc-workspace/codegen/spec';
import { extensionBounds } from './annotations.js';
import { PageError } from './page.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const BOUNDS = [
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minProperties',
  'maxProperties',
] as const;
export type BoundKeyword = (typeof BOUNDS)[number];

export interface DefSchema {
  /** The definition's name, when this node is a `$ref` to `#/definitions/<name>`. */
  readonly ref?: string;
  readonly type?: string;
  readonly format?: string;
  readonly properties?: Readonly<Record<string, DefSchema>>;
  readonly required?: readonly string[];
  readonly items?: DefSchema;
  readonly additionalProperties?: DefSchema | boolean;
  readonly allOf?: readonly DefSchema[];
  readonly enum?: readonly unknown[];
  /** Present (possibly undefined-free) when the definition states a default. */
  readonly default?: unknown;
  readonly hasDefault?: boolean;
  readonly pattern?: string;
  readonly bounds: Readonly<Partial<Record<BoundKeyword, number | boolean>>>;
  readonly readOnly?: boolean;
  /** Names of the `x-is_inner_param` properties left out (not part of the public API). */
  readonly inner?: readonly string[];
  readonly described: boolean;
  /** JSON pointer of the node in the definition file. */
  readonly pointer: string;
}

export interface DefParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly schema: DefSchema;
  readonly described: boolean;
  readonly pointer: string;
}

export interface DefResponse {
  readonly status: string;
  readonly schema?: DefSchema;
  readonly described: boolean;
  readonly examples: readonly { readonly name: string; readonly value: unknown }[];
}

export interface DefOperation {
  /** The API name (`name` of Huawei's object, else the operationId). */
  readonly name: string;
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly DefParameter[];
  readonly body?: { readonly required: boolean; readonly schema: DefSchema };
  readonly responses: readonly DefResponse[];
  /** `x-request-examples-<n>` bodies (the `-text-`, `-url-` and description variants aside). */
  readonly requestExamples: readonly { readonly name: string; readonly value: unknown }[];
  /** Every schema of `definitions`, by name. */
  readonly definitions: Readonly<Record<string, DefSchema>>;
  readonly pointer: string;
}

export interface Definition {
  readonly file: string;
  readonly operations: readonly DefOperation[];
}

const escape = (t: string): string => t.replace(/~/g, '~0').replace(/\//g, '~1');
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/**
 * Whether a text is meant as a definition rather than a page: it starts with `{` (no saved page
 * does). parseDefinition then says what is wrong with it, if anything.
 */
export function looksLikeDefinition(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text);
}

/** A raw Swagger schema node → DefSchema (refs kept by name; inner fields left out). */
export function readSchema(raw: unknown, pointer: string): DefSchema {
  if (!isObj(raw)) return { bounds: {}, described: false, pointer };
  const described = typeof raw.description === 'string' && raw.description.trim() !== '';
  if (typeof raw.$ref === 'string') {
    const m = /^#\/definitions\/(.+)$/.exec(raw.$ref);
    return {
      ref: m ? m[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : raw.$ref,
      bounds: {},
      described,
      pointer,
      ...(raw.readOnly === true ? { readOnly: true } : {}),
    };
  }
  const type = typeof raw.type === 'string' ? raw.type : isObj(raw.properties) ? 'object' : undefined;
  const bounds: Partial<Record<BoundKeyword, number | boolean>> = {};
  for (const k of BOUNDS) if (typeof raw[k] === 'number' || typeof raw[k] === 'boolean') bounds[k] = raw[k] as number | boolean;
  const ext = extensionBounds(raw, type);
  let pattern = typeof raw.pattern === 'string' ? raw.pattern : undefined;
  for (const [k, v] of Object.entries(ext.own)) {
    if (k === 'pattern') pattern ??= v as string;
    else if (!(k in bounds)) bounds[k as BoundKeyword] = v as number;
  }
  let properties: Record<string, DefSchema> | undefined;
  const inner: string[] = [];
  if (isObj(raw.properties)) {
    properties = {};
    for (const [name, p] of Object.entries(raw.properties)) {
      if (isObj(p) && p['x-is_inner_param'] === true) {
        inner.push(name);
        continue;
      }
      properties[name] = readSchema(p, `${pointer}/properties/${escape(name)}`);
    }
  }
  let items = raw.items !== undefined ? readSchema(raw.items, `${pointer}/items`) : undefined;
  if (items && Object.keys(ext.items).length > 0 && !items.ref) {
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(ext.items))
      if (k === 'pattern' ? items.pattern === undefined : !(k in items.bounds)) extra[k] = v;
    const { pattern: p, ...b } = extra;
    items = { ...items, bounds: { ...items.bounds, ...(b as Json) }, ...(typeof p === 'string' ? { pattern: p } : {}) };
  }
  const required = Array.isArray(raw.required)
    ? raw.required.filter((r): r is string => typeof r === 'string' && (!properties || r in properties || !isInner(raw, r)))
    : undefined;
  return {
    ...(type ? { type } : {}),
    ...(typeof raw.format === 'string' ? { format: raw.format } : {}),
    ...(properties ? { properties } : {}),
    ...(required && required.length > 0 ? { required } : {}),
    ...(items ? { items } : {}),
    ...(raw.additionalProperties !== undefined
      ? {
          additionalProperties:
            typeof raw.additionalProperties === 'boolean'
              ? raw.additionalProperties
              : readSchema(raw.additionalProperties, `${pointer}/additionalProperties`),
        }
      : {}),
    ...(Array.isArray(raw.allOf) ? { allOf: raw.allOf.map((s, i) => readSchema(s, `${pointer}/allOf/${i}`)) } : {}),
    ...(Array.isArray(raw.enum) ? { enum: raw.enum } : {}),
    ...('default' in raw ? { default: raw.default, hasDefault: true } : {}),
    ...(pattern !== undefined ? { pattern } : {}),
    bounds,
    ...(raw.readOnly === true ? { readOnly: true } : {}),
    ...(inner.length > 0 ? { inner } : {}),
    described,
    pointer,
  };
}

const isInner = (raw: Json, name: string): boolean =>
  isObj(raw.properties) && isObj(raw.properties[name]) && raw.properties[name]['x-is_inner_param'] === true;

function fail(file: string, reason: string): never {
  throw new PageError(file, 1, reason);
}

/** Parses a definition's text (exactly one JSON value). Errors name the file and line. */
export function parseDefinition(text: string, file: string): Definition {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : 1;
    throw new PageError(
      file,
      line,
      `not valid JSON (${(e as Error).message.replace(/^JSON\.parse: |^Unexpected/, (s) => (s.startsWith('Unexpected') ? s : ''))}). Is it a complete API Explorer definition?`,
    );
  }
  if (!isObj(doc) || !isObj(doc.paths)) fail(file, 'a JSON document without "paths": not an API Explorer definition');
  const definitions: Record<string, DefSchema> = {};
  for (const [name, s] of Object.entries(isObj(doc.definitions) ? doc.definitions : {}))
    definitions[name] = readSchema(s, `/definitions/${escape(name)}`);
  const shared = isObj(doc.parameters) ? doc.parameters : {};
  const operations: DefOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const pointer = `/paths/${escape(path)}/${method}`;
      const params: DefParameter[] = [];
      let body: DefOperation['body'];
      const list = [
        ...(Array.isArray(item.parameters) ? item.parameters : []),
        ...(Array.isArray(op.parameters) ? op.parameters : []),
      ];
      list.forEach((p0, i) => {
        let p = p0 as unknown;
        let at = `${pointer}/parameters/${i}`;
        if (isObj(p) && typeof p.$ref === 'string') {
          const name = /^#\/parameters\/(.+)$/.exec(p.$ref)?.[1];
          if (!name || !isObj(shared[name])) fail(file, `${at}: $ref ${p.$ref} names no entry of "parameters"`);
          at = `/parameters/${escape(name)}`;
          p = shared[name];
        }
        if (!isObj(p) || typeof p.name !== 'string' || typeof p.in !== 'string')
          fail(file, `${at}: a parameter without name or in`);
        if (p['x-is_inner_param'] === true) return;
        if (p.in === 'body') body = { required: p.required === true, schema: readSchema(p.schema, `${at}/schema`) };
        else if (p.in === 'path' || p.in === 'query' || p.in === 'header') {
          const { name, in: where, required, description, ...schema } = p;
          params.push({
            name,
            in: p.in,
            required: where === 'path' || required === true,
            schema: readSchema(schema, at),
            described: typeof description === 'string' && description.trim() !== '',
            pointer: at,
          });
        }
      });
      const responses: DefResponse[] = [];
      for (const [status, r] of Object.entries(isObj(op.responses) ? op.responses : {})) {
        if (!isObj(r)) continue;
        const examples = isObj(r.examples)
          ? Object.entries(r.examples)
              .filter(([t]) => mediaKind(t) === 'json')
              .map(([t, value]) => ({ name: t, value }))
          : [];
        responses.push({
          status,
          ...(r.schema !== undefined ? { schema: readSchema(r.schema, `${pointer}/responses/${escape(status)}/schema`) } : {}),
          described: typeof r.description === 'string',
          examples,
        });
      }
      const requestExamples = Object.entries(op)
        .filter(([k]) => /^x-request-examples-\d+$/.test(k))
        .map(([name, value]) => ({ name, value: typeof value === 'string' ? tryJson(value) : value }))
        .filter((e) => e.value !== undefined);
      const operationId =
        typeof op.operationId === 'string' ? op.operationId : typeof doc.name === 'string' ? doc.name : `${method}${path}`;
      operations.push({
        name: typeof doc.name === 'string' ? doc.name : operationId,
        operationId,
        method: method.toUpperCase(),
        path,
        parameters: params,
        ...(body ? { body } : {}),
        responses,
        requestExamples,
        definitions,
        pointer,
      });
    }
  }
  if (operations.length === 0) fail(file, 'the definition has no operation under "paths"');
  return { file, operations };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A schema with its `$ref` followed (cycles stop at the second visit). */
export function deref(
  schema: DefSchema,
  defs: Readonly<Record<string, DefSchema>>,
  seen: ReadonlySet<string> = new Set(),
): { schema: DefSchema; seen: ReadonlySet<string> } {
  let s = schema;
  let visited = seen;
  while (s.ref !== undefined) {
    const target = defs[s.ref];
    if (!target || visited.has(s.ref))
      return { schema: { bounds: {}, described: s.described, pointer: s.pointer }, seen: visited };
    visited = new Set([...visited, s.ref]);
    s = target;
  }
  return { schema: s, seen: visited };
}

/**
 * An object's properties and required names with its `allOf` members merged in (refs followed),
 * as the service reads them. Keywords of the node itself win over its members'.
 */
export interface FlatSchema {
  /** The node after its `$ref`s, whose own keywords win over its members'. */
  readonly node: DefSchema;
  /** The nodes whose keywords apply, in order: the node, then its allOf members (flattened). */
  readonly nodes: readonly DefSchema[];
  readonly properties: Record<string, DefSchema>;
  readonly required: Set<string>;
  readonly inner: Set<string>;
}

export function flatten(
  schema: DefSchema,
  defs: Readonly<Record<string, DefSchema>>,
  seen: ReadonlySet<string> = new Set(),
): FlatSchema {
  const { schema: s, seen: visited } = deref(schema, defs, seen);
  const properties: Record<string, DefSchema> = {};
  const required = new Set<string>();
  const inner = new Set<string>(s.inner ?? []);
  const nodes: DefSchema[] = [s];
  for (const member of s.allOf ?? []) {
    const m = flatten(member, defs, visited);
    nodes.push(...m.nodes);
    Object.assign(properties, m.properties);
    for (const r of m.required) required.add(r);
    for (const r of m.inner) inner.add(r);
  }
  Object.assign(properties, s.properties ?? {});
  for (const r of s.required ?? []) required.add(r);
  return { properties, required, inner, node: s, nodes };
}

/** A keyword's value from the first node of a flattened schema that states it. */
export function fact<K extends keyof DefSchema>(flat: FlatSchema, key: K): DefSchema[K] | undefined {
  for (const n of flat.nodes) if (n[key] !== undefined) return n[key];
  return undefined;
}

/** The JSON type of a flattened schema: stated, or `object` when it has properties or members. */
export function defType(flat: FlatSchema): string | undefined {
  return (
    fact(flat, 'type') ?? (Object.keys(flat.properties).length > 0 || (flat.node.allOf?.length ?? 0) > 0 ? 'object' : undefined)
  );
}
