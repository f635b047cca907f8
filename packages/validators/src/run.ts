import { toIssues } from './issues.js';
import type { CompiledValidator, Issue, OperationValidators } from './types.js';

export interface ValidateOptions {
  /** Accept properties the spec does not know (they are reported as issues by default). */
  readonly allowUnknownProperties?: boolean;
}

export type ValidationResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

const UNKNOWN = new Set(['additionalProperties', 'unevaluatedProperties']);

/** Runs one compiled validator and reports plain-English issues at JSON pointers. */
export function runValidator<T>(validate: CompiledValidator | undefined, body: unknown, options?: ValidateOptions, hints?: Readonly<Record<string, string>>): ValidationResult<T> {
  // The valid path allocates only the result: it runs before every order is sent.
  if (validate === undefined || validate(body)) return { ok: true, value: body as T };
  let issues = toIssues(validate.errors ?? [], hints);
  if (options?.allowUnknownProperties) issues = issues.filter((i) => !UNKNOWN.has(i.keyword));
  return issues.length === 0 ? { ok: true, value: body as T } : { ok: false, issues };
}

/** Checks a request body with an operation's validators. */
export function checkRequest<T>(validators: OperationValidators, body: unknown, options?: ValidateOptions): ValidationResult<T> {
  return runValidator<T>(validators.request, body, options, validators.hints);
}

/**
 * Checks a response body against the schema of its status. Responses are open: unknown
 * properties pass. A status the spec does not document gives an issue at the root.
 */
export function checkResponse<T>(validators: OperationValidators, status: number, body: unknown): ValidationResult<T> {
  const validate = validators.responses[status];
  if (!validate) {
    const documented = Object.keys(validators.responses).join(', ');
    return { ok: false, issues: [{ path: '', message: `status ${status} is not documented for ${validators.operationId} (documented: ${documented})`, keyword: 'status' }] };
  }
  return runValidator<T>(validate, body, undefined, validators.hints);
}
