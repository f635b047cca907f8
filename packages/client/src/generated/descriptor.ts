// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// A verbatim copy of tools/codegen/src/runtime/descriptor.ts.
/**
 * How the client's generated operation table describes an operation: what the generator emits
 * (emit/client.ts builds each entry from the model, typed by these) and what the client's runtime
 * reads to send it. The client imports its verbatim copy (tools/codegen/src/runtime-copy.ts).
 */
import type { MediaKind } from './media.js';

/** The JSON type of a parameter's value (the first of a union; `string` when unknown), for serializing and parsing. */
export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

export interface ParameterDescriptor {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  /** OpenAPI serialization: `simple`, `label`, `matrix`, `form`, `spaceDelimited`, `pipeDelimited`, `deepObject`. */
  readonly style: string;
  readonly explode: boolean;
  readonly type: ValueType;
  /** For arrays: the JSON type of the items. */
  readonly items?: ValueType;
  readonly allowReserved?: boolean;
  /**
   * Set when the caller does not pass this parameter: `projectId` (a path parameter the client
   * fills from its project), `auth` (a header the auth scheme sets).
   */
  readonly filledBy?: 'projectId' | 'auth';
}

/**
 * How a list operation pages: its query has `limit` and `offset` (or `marker`), and its success
 * answer is an object with exactly one array (the items) and, when declared, `total_count`.
 */
export interface PagingDescriptor {
  /** `offset`: the next page starts at offset + items read; `marker`: at the last item's `markerField`. */
  readonly kind: 'offset' | 'marker';
  /** The query parameter that sets the page size. */
  readonly limit: string;
  /** The query parameter that says where a page starts (`offset` or `marker`). */
  readonly cursor: string;
  /** The array property of the success body that holds the items. */
  readonly items: string;
  /** The integer property of the success body that counts every item, when it declares one. */
  readonly total?: string;
  /** For `marker`: the item property whose value starts the next page. */
  readonly markerField?: string;
  /** The page size asked for when the caller gives none: the `limit` parameter's default, when it declares one. */
  readonly pageSize?: number;
}

export interface OperationDescriptor {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  readonly path: string;
  /** How the operation is called: `body` with the body alone; `input` with `{ path, query, headers, body }`. */
  readonly callShape: 'body' | 'input';
  readonly parameters: readonly ParameterDescriptor[];
  /** The media type the client sends, or null for an operation without a body. */
  readonly body: { readonly mediaType: string; readonly kind: MediaKind; readonly required: boolean } | null;
  /** By documented status (`200`, `2XX`, `default`): the media type read, or null for no body. */
  readonly responses: Readonly<Record<string, { readonly mediaType: string; readonly kind: MediaKind } | null>>;
  /** Changes nothing (GET, HEAD, or `x-hwc-idempotent: true` in the spec): may be retried. Absent: decided by the method. */
  readonly safe?: boolean;
  /** Set for list operations that page: they get `.all()`. */
  readonly paging?: PagingDescriptor;
}
