// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import type * as T from '@hwc-workspace/types';
import { checkInput, checkRequest, type ValidateOptions, type ValidationResult } from '../run.js';
import { addDesktopSubResourcesValidators } from './add-desktop-sub-resources.js';
import { createDesktopOrderValidators } from './create-desktop-order.js';
import { createDesktopPoolChangeOrderValidators } from './create-desktop-pool-change-order.js';
import { createOrderValidators } from './create-order.js';
import { showJobValidators } from './show-job.js';

export { addDesktopSubResourcesValidators, createDesktopOrderValidators, createDesktopPoolChangeOrderValidators, createOrderValidators, showJobValidators };

/** Every operation's validators, by operationId. Importing this keeps all of them in a bundle. */
export const validatorsByOperation: Readonly<Record<T.OperationId, OperationValidators>> = {
  AddDesktopSubResources: addDesktopSubResourcesValidators,
  CreateDesktopOrder: createDesktopOrderValidators,
  CreateDesktopPoolChangeOrder: createDesktopPoolChangeOrderValidators,
  CreateOrder: createOrderValidators,
  ShowJob: showJobValidators,
};

/** Checks a AddDesktopSubResources request body against the spec. */
export function validateAddDesktopSubResourcesRequest(body: unknown, options?: ValidateOptions): ValidationResult<T.AddDesktopSubResourcesBody> {
  return checkRequest<T.AddDesktopSubResourcesBody>(addDesktopSubResourcesValidators, body, options);
}

/** Checks a CreateDesktopOrder request body against the spec. */
export function validateCreateDesktopOrderRequest(body: unknown, options?: ValidateOptions): ValidationResult<T.CreateDesktopOrderBody> {
  return checkRequest<T.CreateDesktopOrderBody>(createDesktopOrderValidators, body, options);
}

/** Checks a CreateDesktopPoolChangeOrder request body against the spec. */
export function validateCreateDesktopPoolChangeOrderRequest(body: unknown, options?: ValidateOptions): ValidationResult<T.CreateDesktopPoolChangeOrderBody> {
  return checkRequest<T.CreateDesktopPoolChangeOrderBody>(createDesktopPoolChangeOrderValidators, body, options);
}

/** Checks a CreateOrder request body against the spec. */
export function validateCreateOrderRequest(body: unknown, options?: ValidateOptions): ValidationResult<T.CreateOrderBody> {
  return checkRequest<T.CreateOrderBody>(createOrderValidators, body, options);
}

/** Checks a ShowJob request ({ path, query, headers, body }) against the spec. */
export function validateShowJobRequest(input: unknown, options?: ValidateOptions): ValidationResult<T.ShowJobInput> {
  return checkInput<T.ShowJobInput>(showJobValidators, input, options);
}
