import { toIssues } from './issues.js';
import type { CompiledValidator, Issue } from './types.js';

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
