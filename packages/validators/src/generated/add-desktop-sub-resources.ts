// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvAddDesktopSubResourcesRequest, ajvAddDesktopSubResourcesResponse, ajvErrorResponse } from './compiled.js';

/** Compiled validators of AddDesktopSubResources (POST /v2/{project_id}/desktop/sub-resources). */
export const addDesktopSubResourcesValidators: OperationValidators = {
  operationId: "AddDesktopSubResources",
  callShape: "body",
  request: ajvAddDesktopSubResourcesRequest,
  parameters: undefined,
  responses: {
    "200": ajvAddDesktopSubResourcesResponse,
    "400": ajvErrorResponse,
    "401": ajvErrorResponse,
    "403": ajvErrorResponse,
    "404": ajvErrorResponse,
    "500": ajvErrorResponse,
  },
  hints: {},
};
