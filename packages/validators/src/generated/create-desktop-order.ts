// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvCreateDesktopOrderRequest, ajvCreateDesktopOrderResponse, ajvErrorResponse } from './compiled.js';

/** Compiled validators of CreateDesktopOrder (POST /v2/{project_id}/desktops/orders/subscribe). */
export const createDesktopOrderValidators: OperationValidators = {
  operationId: "CreateDesktopOrder",
  callShape: "body",
  request: ajvCreateDesktopOrderRequest,
  parameters: undefined,
  responses: {
    "200": ajvCreateDesktopOrderResponse,
    "400": ajvErrorResponse,
    "401": ajvErrorResponse,
    "403": ajvErrorResponse,
    "409": ajvErrorResponse,
    "500": ajvErrorResponse,
  },
  hints: {"#/not":"size and desktops cannot be sent together"},
};
