/**
 * Stage 2, normalize: turn the bundled document into a model the emitters share. Pure: the input
 * is never mutated. Checks what the emitters rely on and reports problems by JSON pointer.
 */
import { SpecError, SpecErrors } from './errors.js';
import { placeOf, type LoadedSpec, type OpenApiDocument } from './load.js';
import { toPointer } from './pointer.js';

export interface ExampleModel {
  readonly name: string;
  readonly summary?: string;
  readonly value: unknown;
  /** Where the example sits in the bundled document, for messages. */
  readonly pointer: string;
}

export interface ResponseModel {
  readonly status: number;
  readonly description: string;
  readonly schemaRef?: string;
  readonly examples: readonly ExampleModel[];
}

export interface OperationModel {
  readonly operationId: string;
  /** camelCase name used for client methods and mock handlers. */
  readonly methodName: string;
  /** kebab-case name used for per-operation files. */
  readonly fileName: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly requestSchemaRef?: string;
  readonly requestExamples: readonly ExampleModel[];
  readonly responses: readonly ResponseModel[];
  /** The discriminator property of the request body, when it has one. */
  readonly discriminator?: string;
  readonly pointer: string;
}

export interface SpecModel {
  /** Path of the spec entry, as shown in banners. */
  readonly entry: string;
  /** Text of the entry file, for file:line messages. */
  readonly entrySource: string;
  /** The bundled document with its component maps sorted by name. */
  readonly document: OpenApiDocument;
  /** Component schemas keyed by name, sorted. */
  readonly schemas: Readonly<Record<string, unknown>>;
  readonly operations: readonly OperationModel[];
  readonly regions: readonly string[];
  readonly defaultRegion: string;
  readonly serverUrl: string;
}

type Json = Record<string, unknown>;
const KNOWN_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);
const SCHEMA_PREFIX = '#/components/schemas/';

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep copy with every object's keys in a stable order: component maps sorted, the rest as written. */
function stableCopy(value: unknown, sortKeys: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => stableCopy(v, false));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (sortKeys) keys.sort();
  const out: Json = {};
  for (const k of keys) out[k] = stableCopy(value[k], false);
  return out;
}

function sortComponents(doc: Json): Json {
  const copy = stableCopy(doc, false) as Json;
  if (isObject(copy.components)) {
    const components: Json = {};
    for (const k of Object.keys(copy.components).sort()) components[k] = stableCopy(copy.components[k], true);
    copy.components = components;
  }
  return copy;
}

export function camelCase(operationId: string): string {
  return operationId.charAt(0).toLowerCase() + operationId.slice(1);
}

export function kebabCase(operationId: string): string {
  return operationId.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function resolve(doc: Json, node: unknown): unknown {
  let current = node;
  for (let i = 0; i < 10 && isObject(current) && typeof current.$ref === 'string'; i++) {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) return current;
    current = ref
      .slice(2)
      .split('/')
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((acc, t) => (isObject(acc) ? acc[t] : undefined), doc);
  }
  return current;
}

function checkSchemaTypes(node: unknown, path: (string | number)[], errors: SpecError[], entry: string, source: string): void {
  if (Array.isArray(node)) {
    node.forEach((v, i) => checkSchemaTypes(v, [...path, i], errors, entry, source));
    return;
  }
  if (!isObject(node)) return;
  const type = node.type;
  if (typeof type === 'string' && !KNOWN_TYPES.has(type)) {
    errors.push(new SpecError(placeOf(entry, source, toPointer([...path, 'type'])), `unknown schema type "${type}"; use one of ${[...KNOWN_TYPES].join(', ')}`));
  }
  for (const [k, v] of Object.entries(node)) {
    if (k === 'examples' || k === 'example' || k === 'enum' || k === 'const' || k === 'default' || k.startsWith('x-')) continue;
    checkSchemaTypes(v, [...path, k], errors, entry, source);
  }
}

function examplesOf(doc: Json, media: Json, pointer: (string | number)[]): ExampleModel[] {
  const examples = isObject(media.examples) ? media.examples : {};
  return Object.keys(examples).map((name) => {
    const ex = resolve(doc, examples[name]) as Json;
    return {
      name,
      ...(typeof ex.summary === 'string' ? { summary: ex.summary } : {}),
      value: ex.value,
      pointer: toPointer([...pointer, 'examples', name]),
    };
  });
}

function schemaRefOf(media: Json | undefined): string | undefined {
  const schema = media?.schema;
  if (isObject(schema) && typeof schema.$ref === 'string' && schema.$ref.startsWith(SCHEMA_PREFIX)) return schema.$ref.slice(SCHEMA_PREFIX.length);
  return undefined;
}

export function normalize(spec: LoadedSpec): SpecModel {
  const doc = sortComponents(spec.document);
  const errors: SpecError[] = [];
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  checkSchemaTypes(schemas, ['components', 'schemas'], errors, spec.entry, spec.entrySource);

  const operations: OperationModel[] = [];
  const seen = new Map<string, string>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const path of Object.keys(paths)) {
    const item = paths[path];
    if (!isObject(item)) continue;
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = toPointer(['paths', path, method]);
      const operationId = op.operationId;
      if (typeof operationId !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(operationId)) {
        errors.push(new SpecError(placeOf(spec.entry, spec.entrySource, pointer), 'operation has no operationId (or one that is not a plain identifier); every operation needs a unique one'));
        continue;
      }
      const previous = seen.get(operationId);
      if (previous) {
        errors.push(new SpecError(placeOf(spec.entry, spec.entrySource, `${pointer}/operationId`), `duplicate operationId "${operationId}", already used at ${previous}`));
        continue;
      }
      seen.set(operationId, pointer);
      const body = resolve(doc, op.requestBody) as Json | undefined;
      const bodyContent = isObject(body?.content) ? (body.content as Json) : {};
      const bodyMedia = isObject(bodyContent['application/json']) ? (bodyContent['application/json'] as Json) : undefined;
      const requestSchemaRef = schemaRefOf(bodyMedia);
      const requestSchema = requestSchemaRef ? schemas[requestSchemaRef] : undefined;
      const discriminator = isObject(requestSchema) && isObject(requestSchema.discriminator) ? String(requestSchema.discriminator.propertyName) : undefined;
      const responses: ResponseModel[] = [];
      const rawResponses = isObject(op.responses) ? op.responses : {};
      for (const status of Object.keys(rawResponses).sort()) {
        if (!/^\d{3}$/.test(status)) continue;
        const response = resolve(doc, rawResponses[status]) as Json;
        const content = isObject(response.content) ? response.content : {};
        const media = isObject(content['application/json']) ? (content['application/json'] as Json) : undefined;
        const schemaRef = schemaRefOf(media);
        responses.push({
          status: Number(status),
          description: typeof response.description === 'string' ? response.description : '',
          ...(schemaRef ? { schemaRef } : {}),
          examples: media ? examplesOf(doc, media, ['paths', path, method, 'responses', status, 'content', 'application/json']) : [],
        });
      }
      operations.push({
        operationId,
        methodName: camelCase(operationId),
        fileName: kebabCase(operationId),
        method: method.toUpperCase(),
        path,
        summary: typeof op.summary === 'string' ? op.summary : operationId,
        ...(requestSchemaRef ? { requestSchemaRef } : {}),
        requestExamples: bodyMedia ? examplesOf(doc, bodyMedia, ['paths', path, method, 'requestBody', 'content', 'application/json']) : [],
        responses,
        ...(discriminator ? { discriminator } : {}),
        pointer,
      });
    }
  }
  if (errors.length > 0) throw new SpecErrors(errors);

  const servers = Array.isArray(doc.servers) ? (doc.servers as Json[]) : [];
  const server = servers[0] ?? {};
  const variables = isObject(server.variables) ? server.variables : {};
  const region = isObject(variables.region) ? variables.region : {};
  return {
    entry: spec.entry,
    entrySource: spec.entrySource,
    document: doc,
    schemas,
    operations: operations.sort((a, b) => a.operationId.localeCompare(b.operationId)),
    regions: Array.isArray(region.enum) ? region.enum.map(String) : [],
    defaultRegion: typeof region.default === 'string' ? region.default : '',
    serverUrl: typeof server.url === 'string' ? server.url : '',
  };
}
