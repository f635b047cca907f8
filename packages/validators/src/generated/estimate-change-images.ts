// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvErrorResponse, ajvEstimateChangeImagesRequest, ajvPriceInquiryResponse } from './compiled.js';

/** Compiled validators of EstimateChangeImages (POST /v2/{project_id}/periodic/inquiry/change-image). */
export const estimateChangeImagesValidators: OperationValidators = {
  operationId: "EstimateChangeImages",
  callShape: "body",
  request: ajvEstimateChangeImagesRequest,
  parameters: undefined,
  responses: {
    "200": ajvPriceInquiryResponse,
    "400": ajvErrorResponse,
    "401": ajvErrorResponse,
    "403": ajvErrorResponse,
    "409": ajvErrorResponse,
    "500": ajvErrorResponse,
  },
  hints: {},
};
