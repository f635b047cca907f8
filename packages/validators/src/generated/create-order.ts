// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateCreateOrderRequest, validateCreateOrderResponse, validateErrorResponse } from './compiled.js';

/** Compiled validators of CreateOrder (POST /v2/{project_id}/periodic/subscribe/order). */
export const createOrderValidators: OperationValidators = {
  operationId: "CreateOrder",
  callShape: "body",
  request: validateCreateOrderRequest,
  parameters: undefined,
  responses: {
    "200": validateCreateOrderResponse,
    "400": validateErrorResponse,
    "401": validateErrorResponse,
    "403": validateErrorResponse,
    "500": validateErrorResponse,
  },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
