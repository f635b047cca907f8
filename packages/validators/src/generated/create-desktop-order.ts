// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateCreateDesktopOrderRequest, validateCreateDesktopOrderResponse, validateErrorResponse } from './compiled.js';

/** Compiled validators of CreateDesktopOrder (POST /v2/{project_id}/desktops/orders/subscribe). */
export const createDesktopOrderValidators: OperationValidators = {
  operationId: "CreateDesktopOrder",
  callShape: "body",
  request: validateCreateDesktopOrderRequest,
  parameters: undefined,
  responses: {
    "200": validateCreateDesktopOrderResponse,
    "400": validateErrorResponse,
    "401": validateErrorResponse,
    "403": validateErrorResponse,
    "409": validateErrorResponse,
    "500": validateErrorResponse,
  },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
