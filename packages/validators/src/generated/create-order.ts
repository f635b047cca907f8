// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvCreateOrderRequest, ajvCreateOrderResponse, ajvErrorResponse } from './compiled.js';

/** Compiled validators of CreateOrder (POST /v2/{project_id}/periodic/subscribe/order). */
export const createOrderValidators: OperationValidators = {
  operationId: "CreateOrder",
  callShape: "body",
  request: ajvCreateOrderRequest,
  parameters: undefined,
  responses: {
    "200": ajvCreateOrderResponse,
    "400": ajvErrorResponse,
    "401": ajvErrorResponse,
    "403": ajvErrorResponse,
    "500": ajvErrorResponse,
  },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
