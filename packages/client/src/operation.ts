/**
 * The shapes the generated per-operation functions (generated/operations.ts) and the runtime
 * share: what a call passes and resolves to, and what the functions need. How an operation is
 * described (OperationDescriptor) is generated/descriptor.ts, the generator's own type.
 */
import type { OperationValidators, RequestInput } from '@hwc-workspace/validators';
import type { WorkspaceErrorBody } from './errors.js';
import type { OperationDescriptor } from './generated/descriptor.js';

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
