/**
 * @hwc-workspace/validators: check Workspace order bodies against the spec before they cost money.
 * The validators are precompiled (Ajv standalone): importing this package compiles nothing.
 */
import type { OperationId } from '@hwc-workspace/types';
import { validatorsByOperation } from './generated/index.js';
import { checkRequest, checkResponse, type ValidateOptions, type ValidationResult } from './run.js';

export * from './generated/index.js';
export type { Issue, OperationValidators, CompiledValidator } from './types.js';
export { runValidator, checkRequest, checkResponse, type ValidateOptions, type ValidationResult } from './run.js';
export { toIssues } from './issues.js';

function lookup(operationId: OperationId) {
  const v = validatorsByOperation[operationId];
  if (!v) throw new TypeError(`Failed to validate: unknown operationId "${String(operationId)}". Did you mean one of ${Object.keys(validatorsByOperation).join(', ')}?`);
  return v;
}

/** Checks a request body of any operation. */
export function validateRequest(operationId: OperationId, body: unknown, options?: ValidateOptions): ValidationResult<unknown> {
  return checkRequest(lookup(operationId), body, options);
}

/** Checks a response body of any operation against the schema of its status (see checkResponse). */
export function validateResponse(operationId: OperationId, status: number, body: unknown): ValidationResult<unknown> {
  return checkResponse(lookup(operationId), status, body);
}
