/**
 * The operation model: what every emitter reads. normalize.ts is the one place that knows
 * OpenAPI's shapes and builds it; emitters never look at the raw document for operations.
 */
import type { PagingDescriptor, ParameterDescriptor, ValueType } from './runtime/descriptor.js';
import type { MediaKind } from './runtime/media.js';

export interface ExampleModel {
  readonly name: string;
  readonly summary?: string;
  readonly value: unknown;
  /** Where the example sits in the bundled document, for messages. */
  readonly pointer: string;
}

export interface MediaModel {
  readonly mediaType: string;
  readonly kind: MediaKind;
  /** The schema as written (refs point at `#/components/schemas/…`), when there is one. */
  readonly schema?: unknown;
  /** The component name when the schema is exactly one `$ref` to a component schema. */
  readonly schemaRef?: string;
  /** The schema as plain JSON Schema for the validators (see json-schema.ts). */
  readonly jsonSchema?: unknown;
  readonly examples: readonly ExampleModel[];
  readonly pointer: string;
}

export type ParameterLocation = ParameterDescriptor['in'];

export interface ParameterModel {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly schema: unknown;
  /** The schema as plain JSON Schema for the validators. */
  readonly jsonSchema: unknown;
  /** OpenAPI defaults applied: `simple` for path and header, `form` for query. */
  readonly style: string;
  readonly explode: boolean;
  /** The JSON type of the value (first of a union; `string` when unknown), for serializing and parsing. */
  readonly valueType: ValueType;
  /** For arrays: the JSON type of the items. */
  readonly itemType?: ValueType;
  readonly allowReserved: boolean;
  readonly description?: string;
  readonly deprecated: boolean;
  /** Set when the caller does not pass this parameter (see ParameterDescriptor). */
  readonly filledBy?: ParameterDescriptor['filledBy'];
  readonly pointer: string;
}

export interface RequestBodyModel {
  readonly required: boolean;
  /** The media type the client sends: the JSON one when there is one, else the first. */
  readonly primary: MediaModel;
  readonly media: readonly MediaModel[];
}

export interface ResponseModel {
  /** As written: `200`, `2XX`, `default`. */
  readonly status: string;
  /** The numeric status when `status` is one; undefined for ranges and `default`. */
  readonly code?: number;
  readonly description: string;
  /** The media type the client reads (JSON first), absent for a response without a body. */
  readonly primary?: MediaModel;
  readonly media: readonly MediaModel[];
  /** Shortcut to `primary.schemaRef` for JSON responses. */
  readonly schemaRef?: string;
  /** Shortcut to `primary.examples`. */
  readonly examples: readonly ExampleModel[];
}

/** How a list operation pages (the client's operation table carries it as it is). */
export type PagingModel = PagingDescriptor;

export interface OperationModel {
  /** As written in the spec, or derived from method and path (with a warning). */
  readonly operationId: string;
  /** PascalCase TypeScript identifier (type names). */
  readonly typeName: string;
  /** camelCase identifier used for client methods and mock handlers. */
  readonly methodName: string;
  /** kebab-case name used for per-operation files. */
  readonly fileName: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly deprecated: boolean;
  /** Path, query and header parameters of the path item and the operation, merged. */
  readonly parameters: readonly ParameterModel[];
  readonly body?: RequestBodyModel;
  readonly responses: readonly ResponseModel[];
  /**
   * `body`: the caller passes only the body (`createOrder(body)`), because the only parameters
   * are ones the client fills. `input`: the caller passes `{ path, query, headers, body }`.
   */
  readonly callShape: 'body' | 'input';
  /** Shortcut: the JSON body's component schema name. */
  readonly requestSchemaRef?: string;
  /** Shortcut: the JSON body's examples. */
  readonly requestExamples: readonly ExampleModel[];
  /** The discriminator property of the JSON request body, when it has one. */
  readonly discriminator?: string;
  /**
   * Changes nothing, so the client may retry it: GET and HEAD, and any operation the spec marks
   * with `x-hwc-idempotent: true` (a price inquiry is a POST that buys nothing).
   */
  readonly safe: boolean;
  /** Set for a safe list operation that pages (see PagingModel); the client gives it `.all()`. */
  readonly paging?: PagingModel;
  readonly pointer: string;
}

/**
 * The job lookups the client's `waitForJob` uses, found by Huawei's operation names: `ShowJob`
 * (one path parameter, the job ID) and, when the spec has it, `ListItaSubJobs` (pages, filtered
 * by a `job_id` query parameter) for the sub-jobs.
 */
export interface JobsModel {
  readonly show: OperationModel;
  /** The path parameter of `show` that takes the job ID. */
  readonly idParameter: string;
  readonly subJobs?: OperationModel;
  /** The query parameter of `subJobs` that filters by job. */
  readonly subJobsFilter?: string;
  /** The array of sub-jobs in the success answer of `show`, when it has exactly one array. */
  readonly subJobsField?: string;
}

export interface SpecModel {
  /** Path of the spec entry, as shown in banners. */
  readonly entry: string;
  /** Text of the entry file, for file:line messages. */
  readonly entrySource: string;
  /** The bundled document with its component maps sorted by name. */
  readonly document: Readonly<Record<string, unknown>>;
  /** Component schemas keyed by name, sorted. */
  readonly schemas: Readonly<Record<string, unknown>>;
  /** Component schema name → TypeScript identifier (names that are not identifiers are mapped). */
  readonly schemaTypeNames: Readonly<Record<string, string>>;
  /** Component schemas on a reference cycle that passes no object property (`A: { items: { $ref: A } }`): typed by name. */
  readonly recursiveTypes: readonly string[];
  /** Component schemas as plain JSON Schema (the validators' `$defs`). */
  readonly jsonSchemas: Readonly<Record<string, unknown>>;
  readonly operations: readonly OperationModel[];
  /** Set when the spec has a job lookup (ShowJob). */
  readonly jobs?: JobsModel;
  readonly regions: readonly string[];
  readonly defaultRegion: string;
  readonly serverUrl: string;
  /** `3.0` or `3.1`: how schemas are read (3.0's `nullable`, boolean exclusive bounds). */
  readonly dialect: '3.0' | '3.1';
  /** What the generator skipped or guessed, for the CLI to print. */
  readonly warnings: readonly string[];
}

/** The caller-facing parameters of an operation: the ones the client does not fill itself. */
export function userParameters(op: OperationModel, location?: ParameterLocation): ParameterModel[] {
  return op.parameters.filter((p) => !p.filledBy && (location === undefined || p.in === location));
}

/** The first 2xx (or `2XX`, then `default`) response: what a successful call answers. */
export function successResponses(op: OperationModel): ResponseModel[] {
  const ok = op.responses.filter((r) => (r.code !== undefined ? r.code >= 200 && r.code < 300 : r.status === '2XX'));
  if (ok.length > 0) return ok;
  return op.responses.filter((r) => r.status === 'default');
}
