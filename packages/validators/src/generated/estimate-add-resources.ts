// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateErrorResponse, validateEstimateAddResourcesRequest, validatePriceInquiryResponse } from './compiled.js';

/** Compiled validators of EstimateAddResources (POST /v2/{project_id}/periodic/inquiry/add-resources). */
export const estimateAddResourcesValidators: OperationValidators = {
  operationId: "EstimateAddResources",
  callShape: "body",
  request: validateEstimateAddResourcesRequest,
  parameters: undefined,
  responses: {
    "200": validatePriceInquiryResponse,
    "400": validateErrorResponse,
    "401": validateErrorResponse,
    "403": validateErrorResponse,
    "409": validateErrorResponse,
    "500": validateErrorResponse,
  },
  hints: {},
};
