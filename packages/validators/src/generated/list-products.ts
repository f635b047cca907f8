// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvErrorResponse, ajvInlineListProductsParameters, ajvListProductsResponse } from './compiled.js';

/** Compiled validators of ListProducts (GET /v2/{project_id}/products). */
export const listProductsValidators: OperationValidators = {
  operationId: "ListProducts",
  callShape: "input",
  request: undefined,
  parameters: ajvInlineListProductsParameters,
  responses: {
    "200": ajvListProductsResponse,
    "400": ajvErrorResponse,
    "401": ajvErrorResponse,
    "403": ajvErrorResponse,
    "404": ajvErrorResponse,
    "405": ajvErrorResponse,
    "500": ajvErrorResponse,
    "503": ajvErrorResponse,
  },
  hints: {},
};
