// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import type * as T from '@hwc-workspace/types';
import { checkInput, checkRequest, type ValidateOptions, type ValidationResult } from '../run.js';
import { addDesktopSubResourcesValidators } from './add-desktop-sub-resources.js';
import { createDesktopOrderValidators } from './create-desktop-order.js';
import { createDesktopPoolChangeOrderValidators } from './create-desktop-pool-change-order.js';
import { createOrderValidators } from './create-order.js';
import { estimateAddResourcesValidators } from './estimate-add-resources.js';
import { estimateChangeImagesValidators } from './estimate-change-images.js';
import { listAvailabilityZonesValidators } from './list-availability-zones.js';
import { listImagesValidators } from './list-images.js';
import { listItaSubJobsValidators } from './list-ita-sub-jobs.js';
import { listProductsValidators } from './list-products.js';
import { listVolumeProductInfoValidators } from './list-volume-product-info.js';
import { showJobValidators } from './show-job.js';
import { showQuotasValidators } from './show-quotas.js';

export { addDesktopSubResourcesValidators, createDesktopOrderValidators, createDesktopPoolChangeOrderValidators, createOrderValidators, estimateAddResourcesValidators, estimateChangeImagesValidators, listAvailabilityZonesValidators, listImagesValidators, listItaSubJobsValidators, listProductsValidators, listVolumeProductInfoValidators, showJobValidators, showQuotasValidators };

/** Every operation's validators, by operationId. Importing this keeps all of them in a bundle. */
export const validatorsByOperation: Readonly<Record<T.OperationId, OperationValidators>> = {
  AddDesktopSubResources: addDesktopSubResourcesValidators,
  CreateDesktopOrder: createDesktopOrderValidators,
  CreateDesktopPoolChangeOrder: createDesktopPoolChangeOrderValidators,
  CreateOrder: createOrderValidators,
  EstimateAddResources: estimateAddResourcesValidators,
  EstimateChangeImages: estimateChangeImagesValidators,
  ListAvailabilityZones: listAvailabilityZonesValidators,
  ListImages: listImagesValidators,
  ListItaSubJobs: listItaSubJobsValidators,
  ListProducts: listProductsValidators,
  ListVolumeProductInfo: listVolumeProductInfoValidators,
  ShowJob: showJobValidators,
  ShowQuotas: showQuotasValidators,
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

/** Checks a EstimateAddResources request body against the spec. */
export function validateEstimateAddResourcesRequest(body: unknown, options?: ValidateOptions): ValidationResult<T.EstimateAddResourcesBody> {
  return checkRequest<T.EstimateAddResourcesBody>(estimateAddResourcesValidators, body, options);
}

/** Checks a EstimateChangeImages request body against the spec. */
export function validateEstimateChangeImagesRequest(body: unknown, options?: ValidateOptions): ValidationResult<T.EstimateChangeImagesBody> {
  return checkRequest<T.EstimateChangeImagesBody>(estimateChangeImagesValidators, body, options);
}

/** Checks a ListAvailabilityZones request ({ path, query, headers, body }) against the spec. */
export function validateListAvailabilityZonesRequest(input: unknown, options?: ValidateOptions): ValidationResult<T.ListAvailabilityZonesInput> {
  return checkInput<T.ListAvailabilityZonesInput>(listAvailabilityZonesValidators, input, options);
}

/** Checks a ListImages request ({ path, query, headers, body }) against the spec. */
export function validateListImagesRequest(input: unknown, options?: ValidateOptions): ValidationResult<T.ListImagesInput> {
  return checkInput<T.ListImagesInput>(listImagesValidators, input, options);
}

/** Checks a ListItaSubJobs request ({ path, query, headers, body }) against the spec. */
export function validateListItaSubJobsRequest(input: unknown, options?: ValidateOptions): ValidationResult<T.ListItaSubJobsInput> {
  return checkInput<T.ListItaSubJobsInput>(listItaSubJobsValidators, input, options);
}

/** Checks a ListProducts request ({ path, query, headers, body }) against the spec. */
export function validateListProductsRequest(input: unknown, options?: ValidateOptions): ValidationResult<T.ListProductsInput> {
  return checkInput<T.ListProductsInput>(listProductsValidators, input, options);
}

/** Checks a ListVolumeProductInfo request ({ path, query, headers, body }) against the spec. */
export function validateListVolumeProductInfoRequest(input: unknown, options?: ValidateOptions): ValidationResult<T.ListVolumeProductInfoInput> {
  return checkInput<T.ListVolumeProductInfoInput>(listVolumeProductInfoValidators, input, options);
}

/** Checks a ShowJob request ({ path, query, headers, body }) against the spec. */
export function validateShowJobRequest(input: unknown, options?: ValidateOptions): ValidationResult<T.ShowJobInput> {
  return checkInput<T.ShowJobInput>(showJobValidators, input, options);
}

/** Checks a ShowQuotas request ({ path, query, headers, body }) against the spec. */
export function validateShowQuotasRequest(input: unknown, options?: ValidateOptions): ValidationResult<T.ShowQuotasInput> {
  return checkInput<T.ShowQuotasInput>(showQuotasValidators, input, options);
}
