// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvCreateDesktopPoolChangeOrderRequest, ajvCreateDesktopPoolChangeOrderResponse, ajvErrorResponse } from './compiled.js';

/** Compiled validators of CreateDesktopPoolChangeOrder (POST /v2/{project_id}/desktop-pool/periodic/change/order). */
export const createDesktopPoolChangeOrderValidators: OperationValidators = {
  operationId: "CreateDesktopPoolChangeOrder",
  callShape: "body",
  request: ajvCreateDesktopPoolChangeOrderRequest,
  parameters: undefined,
  responses: {
    "200": ajvCreateDesktopPoolChangeOrderResponse,
    "400": ajvErrorResponse,
    "401": ajvErrorResponse,
    "403": ajvErrorResponse,
    "409": ajvErrorResponse,
    "500": ajvErrorResponse,
  },
  hints: {},
};
