// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateErrorResponse, validateInlineListProductsParameters, validateListProductsResponse } from './compiled.js';

/** Compiled validators of ListProducts (GET /v2/{project_id}/products). */
export const listProductsValidators: OperationValidators = {
  operationId: "ListProducts",
  callShape: "input",
  request: undefined,
  parameters: validateInlineListProductsParameters,
  responses: {
    "200": validateListProductsResponse,
    "400": validateErrorResponse,
    "401": validateErrorResponse,
    "403": validateErrorResponse,
    "404": validateErrorResponse,
    "405": validateErrorResponse,
    "500": validateErrorResponse,
    "503": validateErrorResponse,
  },
  hints: {},
};
