// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateCreateDesktopPoolChangeOrderRequest, validateCreateDesktopPoolChangeOrderResponse, validateErrorResponse } from './compiled.js';

/** Compiled validators of CreateDesktopPoolChangeOrder (POST /v2/{project_id}/desktop-pool/periodic/change/order). */
export const createDesktopPoolChangeOrderValidators: OperationValidators = {
  operationId: "CreateDesktopPoolChangeOrder",
  callShape: "body",
  request: validateCreateDesktopPoolChangeOrderRequest,
  parameters: undefined,
  responses: {
    "200": validateCreateDesktopPoolChangeOrderResponse,
    "400": validateErrorResponse,
    "401": validateErrorResponse,
    "403": validateErrorResponse,
    "409": validateErrorResponse,
    "500": validateErrorResponse,
  },
  hints: {},
};
