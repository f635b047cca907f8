// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateAddDesktopSubResourcesRequest, validateAddDesktopSubResourcesResponse, validateErrorResponse } from './compiled.js';

/** Compiled validators of AddDesktopSubResources (POST /v2/{project_id}/desktop/sub-resources). */
export const addDesktopSubResourcesValidators: OperationValidators = {
  operationId: "AddDesktopSubResources",
  callShape: "body",
  request: validateAddDesktopSubResourcesRequest,
  parameters: undefined,
  responses: {
    "200": validateAddDesktopSubResourcesResponse,
    "400": validateErrorResponse,
    "401": validateErrorResponse,
    "403": validateErrorResponse,
    "404": validateErrorResponse,
    "500": validateErrorResponse,
  },
  hints: {},
};
