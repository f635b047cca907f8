/**
 * The shapes the generated operation table (generated/operations.ts) and the runtime share:
 * how an operation is sent, what a call passes, and what the per-operation functions need.
 */
import type { OperationValidators, RequestInput } from '@hwc-workspace/validators';
import type { WorkspaceErrorBody } from './errors.js';
import type { MediaKind } from './generated/media.js';

export type { RequestInput };

/** What a call resolves to: the data of a documented success, or the error body of a failure. */
export type WorkspaceResult<T> =
  | { readonly data: T; readonly error?: undefined; readonly response: Response; readonly requestId: string | undefined }
  | {
      readonly data?: undefined;
      readonly error: WorkspaceErrorBody;
      readonly response: Response;
      readonly requestId: string | undefined;
    };
export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

export interface ParameterDescriptor {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  /** OpenAPI serialization: `simple`, `label`, `matrix`, `form`, `spaceDelimited`, `pipeDelimited`, `deepObject`. */
  readonly style: string;
  readonly explode: boolean;
  readonly type: ValueType;
  readonly items?: ValueType;
  readonly allowReserved?: boolean;
  /** Filled by the client, not passed by the caller. */
  readonly filledBy?: 'projectId' | 'auth';
}

/** How a list operation pages (see tools/codegen/src/model.ts, PagingModel). */
export interface PagingDescriptor {
  readonly kind: 'offset' | 'marker';
  readonly limit: string;
  readonly cursor: string;
  readonly items: string;
  readonly total?: string;
  readonly markerField?: string;
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
  readonly body: { readonly mediaType: string; readonly kind: MediaKind; readonly required: boolean } | null;
  /** By documented status (`200`, `2XX`, `default`): the media type read, or null for no body. */
  readonly responses: Readonly<Record<string, { readonly mediaType: string; readonly kind: MediaKind } | null>>;
  /** Changes nothing (GET, HEAD, or `x-hwc-idempotent: true` in the spec): may be retried. Absent: decided by the method. */
  readonly safe?: boolean;
  /** Set for list operations that page: they get `.all()`. */
  readonly paging?: PagingDescriptor;
}

/** Per-call options: an AbortSignal and extra headers. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly headers?: Record<string, string>;
}

/** Validates, sends (once, or with retries for lookups) and types the answer of one operation. */
export type Send = <D>(
  op: OperationDescriptor,
  validators: OperationValidators,
  input: RequestInput,
  options?: CallOptions,
) => Promise<WorkspaceResult<D>>;

/** What the per-operation functions need: the project and the sender. */
export interface OperationContext {
  /** The project ID: given, or once the IAM lookup answered (undefined before). */
  readonly projectId: string | undefined;
  readonly send: Send;
}

/** GET and HEAD change nothing and may be retried; every other method buys or changes something. */
export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** An operation that changes nothing: its descriptor says so (the spec's `x-hwc-idempotent`), else its method. */
export function isSafe(op: Pick<OperationDescriptor, 'method'> & { readonly safe?: boolean }): boolean {
  return op.safe ?? isSafeMethod(op.method);
}
