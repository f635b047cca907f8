/**
 * @hwc-workspace/validators: check Workspace order bodies against the spec before they cost money.
 * The validators are precompiled (Ajv standalone): importing this package compiles nothing.
 */
import type { OperationId } from '@hwc-workspace/types';
import { validatorsByOperation } from './generated/index.js';
import { checkInput, checkRequest, checkResponse, type ValidateOptions, type ValidationResult } from './run.js';
import type { OperationValidators } from './types.js';

export * from './generated/index.js';
export { MAX_REPORTED_ISSUES, toIssues } from './issues.js';
export {
  byStatus,
  checkInput,
  checkRequest,
  checkResponse,
  type RequestInput,
  runValidator,
  type ValidateOptions,
  type ValidationResult,
} from './run.js';
export type { CompiledValidator, Issue, OperationValidators } from './types.js';

function lookup(operationId: OperationId) {
  // Own properties only: 'constructor' or '__proto__' are not operations.
  // Widened: with no operations in the spec the table is `Record<never, …>`.
  const table: Readonly<Record<string, OperationValidators>> = validatorsByOperation;
  const v = Object.hasOwn(table, operationId) ? table[operationId] : undefined;
  if (!v)
    throw new TypeError(
      `Failed to validate: unknown operationId "${String(operationId)}". Did you mean one of ${Object.keys(validatorsByOperation).join(', ')}?`,
    );
  return v;
}

/**
 * Checks a request of any operation: the body alone for operations called with their body
 * (the four order operations), else `{ path, query, headers, body }`.
 */
export function validateRequest(
  operationId: OperationId,
  bodyOrInput: unknown,
  options?: ValidateOptions,
): ValidationResult<unknown> {
  const validators = lookup(operationId);
  return validators.callShape === 'body'
    ? checkRequest(validators, bodyOrInput, options)
    : checkInput(validators, bodyOrInput, options);
}

/** Checks a response body of any operation against the schema of its status (see checkResponse). */
export function validateResponse(operationId: OperationId, status: number, body: unknown): ValidationResult<unknown> {
  return checkResponse(lookup(operationId), status, body);
}
