/**
 * @hwc-workspace/validators: check Workspace order bodies against the spec before they cost money.
 * The validators are precompiled (Ajv standalone): importing this package compiles nothing.
 */
import type { OperationId } from '@hwc-workspace/types';
import { validatorsByOperation } from './generated/index.js';
import { runValidator, type ValidateOptions, type ValidationResult } from './run.js';

export * from './generated/index.js';
export type { Issue, OperationValidators, CompiledValidator } from './types.js';
export { runValidator, type ValidateOptions, type ValidationResult } from './run.js';
export { toIssues } from './issues.js';

function lookup(operationId: OperationId) {
  const v = validatorsByOperation[operationId];
  if (!v) throw new TypeError(`Failed to validate: unknown operationId "${String(operationId)}". Did you mean one of ${Object.keys(validatorsByOperation).join(', ')}?`);
  return v;
}

/** Checks a request body of any operation. */
export function validateRequest(operationId: OperationId, body: unknown, options?: ValidateOptions): ValidationResult<unknown> {
  const v = lookup(operationId);
  return runValidator(v.request, body, options, v.hints);
}

/**
 * Checks a response body against the schema of its status. Responses are open: unknown
 * properties pass. A status the spec does not document gives an issue at the root.
 */
export function validateResponse(operationId: OperationId, status: number, body: unknown): ValidationResult<unknown> {
  const v = lookup(operationId);
  const validate = v.responses[status];
  if (!validate) {
    return { ok: false, issues: [{ path: '', message: `status ${status} is not documented for ${operationId} (documented: ${Object.keys(v.responses).join(', ')})`, keyword: 'status' }] };
  }
  return runValidator(validate, body, {}, v.hints);
}
