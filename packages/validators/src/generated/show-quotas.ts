// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvErrorResponse, ajvShowQuotasResponse } from './compiled.js';

/** Compiled validators of ShowQuotas (GET /v2/{project_id}/quotas). */
export const showQuotasValidators: OperationValidators = {
  operationId: "ShowQuotas",
  callShape: "input",
  request: undefined,
  parameters: undefined,
  responses: {
    "200": ajvShowQuotasResponse,
    "400": ajvErrorResponse,
    "401": ajvErrorResponse,
    "403": ajvErrorResponse,
    "404": ajvErrorResponse,
    "500": ajvErrorResponse,
  },
  hints: {},
};
