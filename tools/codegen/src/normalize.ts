/**
 * Stage 2, normalize: turn the bundled document into the operation model (model.ts) that every
 * emitter reads. The one place that knows OpenAPI's shapes. Pure: the input is never mutated.
 * Problems the emitters cannot work around stop generation with the place they were found;
 * what can be skipped is skipped with a warning.
 */

import { FORMATS } from './ajv-schemas.js';
import { SpecError, SpecErrors } from './errors.js';
import {
  COMPONENT_PREFIX,
  type ConvertContext,
  componentName,
  isObject,
  resolveRefs,
  SPEC_ID,
  schemaId,
  toJsonSchema,
} from './json-schema.js';
import type { LoadedSpec } from './load.js';
import type {
  ExampleModel,
  MediaModel,
  OperationModel,
  ParameterLocation,
  ParameterModel,
  RequestBodyModel,
  ResponseModel,
  SpecModel,
} from './model.js';
import { camelCase, kebabCase, operationIdFromPath, pascalCase, uniqueNames } from './names.js';
import { jobsOf, pagingOf } from './paging.js';
import { toPointer } from './pointer.js';
import { placeOf } from './positions.js';
import { findRecursion, selfContaining } from './recursion.js';
import type { ValueType } from './runtime/descriptor.js';
import { mediaKind } from './runtime/media.js';

type Json = Record<string, unknown>;

/** Methods the client can send. OPTIONS and TRACE are skipped with a warning. */
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'] as const;
/** Huawei's convention: the project ID in every path, filled from the client's `projectId`. */
const PROJECT_PARAMETER = 'project_id';
/** OpenAPI: header parameters with these names "SHALL be ignored" (the transport sets them). */
const TRANSPORT_HEADERS = new Set(['accept', 'content-type', 'authorization']);
/** Marks an operation that changes nothing though its method could (a price inquiry is a POST). */
const IDEMPOTENT = 'x-hwc-idempotent';

/** Deep copy with every object's keys in a stable order: component maps sorted, the rest as written. */
function stableCopy(value: unknown, sortKeys: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => stableCopy(v, false));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (sortKeys) keys.sort();
  // fromEntries defines own properties: a key `__proto__` stays a key, never the prototype.
  return Object.fromEntries(keys.map((k) => [k, stableCopy(value[k], false)]));
}

const SORTED = new WeakMap<object, Json>();

/**
 * The bundled document as the model holds it: a copy with its component maps sorted by name.
 * Made once per loaded document, so that emitters can start from it before normalization ends
 * (Emitter.prepare) and find the same object in `model.document`.
 */
export function sortedDocument(document: Readonly<Record<string, unknown>>): Json {
  let sorted = SORTED.get(document);
  if (!sorted) SORTED.set(document, (sorted = sortComponents(document as Json)));
  return sorted;
}

function sortComponents(doc: Json): Json {
  const copy = stableCopy(doc, false) as Json;
  if (isObject(copy.components)) {
    const components = copy.components;
    copy.components = Object.fromEntries(
      Object.keys(components)
        .sort()
        .map((k) => [k, stableCopy(components[k], true)]),
    );
  }
  return copy;
}

function sortStatuses(a: string, b: string): number {
  const rank = (s: string) => (/^\d{3}$/.test(s) ? Number(s) : /^[1-5]XX$/i.test(s) ? Number(s[0]) * 100 + 99.5 : 1000);
  return rank(a) - rank(b);
}

class Normalizer {
  readonly errors: SpecError[] = [];
  readonly warnings: string[] = [];
  readonly doc: Json;
  readonly convert: ConvertContext;
  readonly authHeaders: Set<string>;

  constructor(
    readonly spec: LoadedSpec,
    options: NormalizeOptions = {},
  ) {
    this.doc = sortedDocument(spec.document);
    const dialect = String(this.doc.openapi ?? '').startsWith('3.0') ? '3.0' : '3.1';
    this.convert = {
      document: this.doc,
      dialect,
      formats: new Set(Object.keys(FORMATS)),
      strictPatterns: options.strictPatterns === true,
      warn: (pointer, message) => this.warnings.push(`${this.place(pointer)}: ${message}`),
      fail: (pointer, message) => this.errors.push(new SpecError(this.place(pointer), message)),
    };
    const schemes =
      isObject(this.doc.components) && isObject(this.doc.components.securitySchemes) ? this.doc.components.securitySchemes : {};
    this.authHeaders = new Set(
      Object.values(schemes)
        .map((s) => resolveRefs(this.doc, s))
        .filter((s): s is Json => isObject(s) && s.type === 'apiKey' && s.in === 'header' && typeof s.name === 'string')
        .map((s) => String(s.name).toLowerCase()),
    );
  }

  place(pointer: string): string {
    return placeOf(this.spec.entry, this.spec.entrySource, pointer);
  }

  examples(media: Json, pointer: (string | number)[]): ExampleModel[] {
    const named = isObject(media.examples) ? media.examples : {};
    const out: ExampleModel[] = Object.keys(named).map((name) => {
      const ex = resolveRefs(this.doc, named[name]);
      const value = isObject(ex) ? ex.value : undefined;
      return {
        name,
        ...(isObject(ex) && typeof ex.summary === 'string' ? { summary: ex.summary } : {}),
        value,
        pointer: toPointer([...pointer, 'examples', name]),
      };
    });
    if (out.length === 0 && media.example !== undefined)
      out.push({ name: 'example', value: media.example, pointer: toPointer([...pointer, 'example']) });
    return out.filter((e) => e.value !== undefined);
  }

  media(content: unknown, pointer: (string | number)[]): MediaModel[] {
    if (!isObject(content)) return [];
    return Object.keys(content).map((mediaType) => {
      const media = resolveRefs(this.doc, content[mediaType]);
      const m = isObject(media) ? media : {};
      const here = [...pointer, 'content', mediaType];
      const kind = mediaKind(mediaType);
      const schema = m.schema;
      const schemaRef =
        isObject(schema) && typeof schema.$ref === 'string' && schema.$ref.startsWith(COMPONENT_PREFIX)
          ? componentName(schema.$ref)
          : undefined;
      return {
        mediaType,
        kind,
        ...(schema !== undefined ? { schema } : {}),
        ...(schemaRef && kind === 'json' ? { schemaRef } : {}),
        ...(schema !== undefined && kind === 'json'
          ? { jsonSchema: toJsonSchema(schema, this.convert, toPointer([...here, 'schema'])) }
          : {}),
        examples: this.examples(m, here),
        pointer: toPointer(here),
      };
    });
  }

  parameters(path: string, item: Json, op: Json, method: string): ParameterModel[] {
    const merged = new Map<string, { param: Json; pointer: string }>();
    const add = (list: unknown, base: (string | number)[]) => {
      if (!Array.isArray(list)) return;
      list.forEach((raw, i) => {
        const param = resolveRefs(this.doc, raw);
        if (!isObject(param)) return;
        merged.set(`${String(param.in)}:${String(param.name)}`, { param, pointer: toPointer([...base, i]) });
      });
    };
    add(item.parameters, ['paths', path, 'parameters']);
    add(op.parameters, ['paths', path, method, 'parameters']);
    const out: ParameterModel[] = [];
    for (const { param, pointer } of merged.values()) {
      const name = String(param.name);
      const location = param.in;
      if (location === 'cookie') {
        this.warnings.push(
          `${this.place(pointer)}: cookie parameter "${name}" skipped: the client does not send cookies${param.required ? '; the operation may fail without it' : ''}.`,
        );
        continue;
      }
      if (location !== 'path' && location !== 'query' && location !== 'header') continue;
      if (location === 'header' && TRANSPORT_HEADERS.has(name.toLowerCase())) continue;
      let schema = param.schema;
      if (schema === undefined && isObject(param.content)) {
        const first = Object.values(param.content)[0];
        schema = isObject(first) ? first.schema : undefined;
      }
      const style = typeof param.style === 'string' ? param.style : location === 'query' ? 'form' : 'simple';
      const valueType = this.valueType(schema);
      const filledBy =
        location === 'path' && name === PROJECT_PARAMETER
          ? 'projectId'
          : location === 'header' && this.authHeaders.has(name.toLowerCase())
            ? 'auth'
            : undefined;
      out.push({
        name,
        in: location as ParameterLocation,
        required: location === 'path' || param.required === true,
        schema: schema ?? {},
        jsonSchema: toJsonSchema(schema ?? {}, this.convert, `${pointer}/schema`),
        style,
        explode: typeof param.explode === 'boolean' ? param.explode : style === 'form',
        valueType,
        ...(valueType === 'array' ? { itemType: this.valueType((resolveRefs(this.doc, schema) as Json).items) } : {}),
        allowReserved: param.allowReserved === true,
        ...(typeof param.description === 'string' ? { description: param.description } : {}),
        deprecated: param.deprecated === true,
        ...(filledBy ? { filledBy } : {}),
        pointer,
      });
    }
    return out;
  }

  /** The JSON type a parameter value has, following refs and taking the first of a union. */
  valueType(schema: unknown, depth = 0): ValueType {
    const s = resolveRefs(this.doc, schema);
    if (!isObject(s) || depth > 5) return 'string';
    const types = Array.isArray(s.type) ? s.type.filter((t) => t !== 'null') : [s.type];
    const t = types[0];
    if (t === 'number' || t === 'integer' || t === 'boolean' || t === 'array' || t === 'object' || t === 'string') return t;
    if (isObject(s.items)) return 'array';
    if (isObject(s.properties)) return 'object';
    for (const key of ['oneOf', 'anyOf', 'allOf'])
      if (Array.isArray(s[key]) && s[key].length > 0) return this.valueType(s[key][0], depth + 1);
    return 'string';
  }

  body(op: Json, base: (string | number)[]): RequestBodyModel | undefined {
    const body = resolveRefs(this.doc, op.requestBody);
    if (!isObject(body)) return undefined;
    const media = this.media(body.content, [...base, 'requestBody']);
    const primary = media.find((m) => m.kind === 'json') ?? media[0];
    return primary ? { required: body.required === true, primary, media } : undefined;
  }

  responses(op: Json, base: (string | number)[]): ResponseModel[] {
    const raw = isObject(op.responses) ? op.responses : {};
    return Object.keys(raw)
      .filter((s) => /^(\d{3}|[1-5]XX|default)$/i.test(s))
      .sort(sortStatuses)
      .map((status) => {
        const response = resolveRefs(this.doc, raw[status]);
        const r = isObject(response) ? response : {};
        const media = this.media(r.content, [...base, 'responses', status]);
        const primary = media.find((m) => m.kind === 'json') ?? media[0];
        return {
          status: /^default$/i.test(status) ? 'default' : status.toUpperCase(),
          ...(/^\d{3}$/.test(status) ? { code: Number(status) } : {}),
          description: typeof r.description === 'string' ? r.description : '',
          ...(primary ? { primary } : {}),
          media,
          ...(primary?.schemaRef ? { schemaRef: primary.schemaRef } : {}),
          examples: primary?.examples ?? [],
        };
      });
  }

  discriminatorOf(body: RequestBodyModel | undefined): string | undefined {
    if (body?.primary.kind !== 'json') return undefined;
    const schema = resolveRefs(this.doc, body.primary.schema);
    return isObject(schema) && isObject(schema.discriminator) && typeof schema.discriminator.propertyName === 'string'
      ? schema.discriminator.propertyName
      : undefined;
  }

  operations(): OperationModel[] {
    const paths = isObject(this.doc.paths) ? this.doc.paths : {};
    const found: Omit<OperationModel, 'typeName' | 'methodName' | 'fileName'>[] = [];
    const seen = new Map<string, string>();
    for (const path of Object.keys(paths)) {
      const item = resolveRefs(this.doc, paths[path]);
      if (!isObject(item)) continue;
      for (const extra of ['options', 'trace']) {
        if (isObject(item[extra]))
          this.warnings.push(
            `${this.place(toPointer(['paths', path, extra]))}: ${extra.toUpperCase()} ${path} skipped: the client does not send ${extra.toUpperCase()} requests.`,
          );
      }
      for (const method of METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const pointer = toPointer(['paths', path, method]);
        let operationId = typeof op.operationId === 'string' && op.operationId.trim() !== '' ? op.operationId : undefined;
        if (!operationId) {
          operationId = operationIdFromPath(method, path);
          this.warnings.push(
            `${this.place(pointer)}: ${method.toUpperCase()} ${path} has no operationId; named it "${operationId}". Give it one in the spec to keep the name stable.`,
          );
        }
        const previous = seen.get(operationId);
        if (previous) {
          this.errors.push(
            new SpecError(
              this.place(`${pointer}/operationId`),
              `duplicate operationId "${operationId}", already used at ${previous}`,
            ),
          );
          continue;
        }
        seen.set(operationId, this.place(pointer));
        if (isObject(op.callbacks))
          this.warnings.push(
            `${this.place(`${pointer}/callbacks`)}: callbacks of ${operationId} skipped: the client only sends requests.`,
          );
        const base = ['paths', path, method];
        const parameters = this.parameters(path, item, op, method);
        const body = this.body(op, base);
        const json = body?.primary.kind === 'json' ? body.primary : undefined;
        const discriminator = this.discriminatorOf(body);
        const idempotent = op[IDEMPOTENT];
        if (idempotent !== undefined && typeof idempotent !== 'boolean') {
          this.errors.push(
            new SpecError(
              this.place(`${pointer}/${IDEMPOTENT}`),
              `${IDEMPOTENT} must be true or false, not ${JSON.stringify(idempotent)}`,
            ),
          );
        }
        const operation: Omit<OperationModel, 'typeName' | 'methodName' | 'fileName' | 'paging'> = {
          operationId,
          method: method.toUpperCase(),
          path,
          summary: typeof op.summary === 'string' ? op.summary : operationId,
          ...(typeof op.description === 'string' ? { description: op.description } : {}),
          deprecated: op.deprecated === true,
          parameters,
          ...(body ? { body } : {}),
          responses: this.responses(op, base),
          callShape: body && parameters.every((p) => p.filledBy) ? 'body' : 'input',
          ...(json?.schemaRef ? { requestSchemaRef: json.schemaRef } : {}),
          requestExamples: json?.examples ?? [],
          ...(discriminator ? { discriminator } : {}),
          safe: method === 'get' || method === 'head' || idempotent === true,
          pointer,
        };
        const paging = pagingOf(this.doc, operation, (message) => this.warnings.push(`${this.place(pointer)}: ${message}`));
        found.push({ ...operation, ...(paging ? { paging } : {}) });
      }
    }
    found.sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
    const rename = (kind: string) => (from: string, to: string, i: number) =>
      this.warnings.push(
        `${this.place(found[i]?.pointer ?? '')}: ${kind} "${from}" is taken by another operation; using "${to}".`,
      );
    const typeNames = uniqueNames(
      found.map((o) => pascalCase(o.operationId)),
      [],
      rename('type name'),
    );
    const methodNames = uniqueNames(
      found.map((o) => camelCase(o.operationId)),
      ['bindOperations', 'raw', 'baseUrl', 'waitForJob'],
      rename('method name'),
    );
    const fileNames = uniqueNames(
      found.map((o) => kebabCase(o.operationId)),
      ['index', 'formats', 'compiled'],
      rename('file name'),
    );
    return found.map((o, i) => ({
      ...o,
      typeName: typeNames[i] ?? '',
      methodName: methodNames[i] ?? '',
      fileName: fileNames[i] ?? '',
    }));
  }
}

/** `strictPatterns`: a pattern that could backtrack, or that must be rewritten or dropped, is an error (not a warning). */
export interface NormalizeOptions {
  readonly strictPatterns?: boolean;
}

export function normalize(spec: LoadedSpec, options: NormalizeOptions = {}): SpecModel {
  const n = new Normalizer(spec, options);
  const doc = n.doc;
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const names = Object.keys(schemas);
  const typeNames = uniqueNames(names.map(pascalCase), ['OperationId', 'paths', 'components', 'operations', 'webhooks', '$defs']);
  const jsonSchemas = Object.fromEntries(
    names.map((name) => [name, toJsonSchema(schemas[name], n.convert, toPointer(['components', 'schemas', name]))]),
  );
  const operations = n.operations();
  const recursion = findRecursion(jsonSchemas, new Map(names.map((name) => [schemaId(name).slice(SPEC_ID.length), name])));
  for (const group of recursion.selfContaining)
    n.errors.push(new SpecError(n.place(toPointer(['components', 'schemas', group[0] ?? ''])), selfContaining(group)));
  const jobs = jobsOf(n.doc, operations);
  if (n.errors.length > 0) throw new SpecErrors(n.errors);
  if (isObject(doc.webhooks) && Object.keys(doc.webhooks).length > 0) {
    n.warnings.push(
      `${n.place('/webhooks')}: webhooks skipped (${Object.keys(doc.webhooks).length}): the client only sends requests; their schemas are still typed.`,
    );
  }
  if (operations.length === 0)
    n.warnings.push(`${spec.entry}: the spec has no operations under paths; the client and mocks have none.`);

  const servers = Array.isArray(doc.servers) ? (doc.servers as Json[]) : [];
  const server = servers[0] ?? {};
  const variables = isObject(server.variables) ? server.variables : {};
  const region = isObject(variables.region) ? variables.region : {};
  return {
    entry: spec.entry,
    entrySource: spec.entrySource,
    document: doc,
    schemas,
    schemaTypeNames: Object.fromEntries(names.map((name, i) => [name, typeNames[i] ?? name])),
    jsonSchemas,
    recursiveTypes: names.filter((name) => recursion.namedTypes.has(name)),
    operations,
    ...(jobs ? { jobs } : {}),
    regions: Array.isArray(region.enum) ? region.enum.map(String) : [],
    defaultRegion: typeof region.default === 'string' ? region.default : '',
    serverUrl: typeof server.url === 'string' ? server.url : '',
    dialect: n.convert.dialect,
    warnings: [...new Set([...(spec.warnings ?? []), ...n.warnings])],
  };
}
