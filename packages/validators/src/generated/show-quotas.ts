// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateErrorResponse, validateShowQuotasResponse } from './compiled.js';

/** Compiled validators of ShowQuotas (GET /v2/{project_id}/quotas). */
export const showQuotasValidators: OperationValidators = {
  operationId: "ShowQuotas",
  callShape: "input",
  request: undefined,
  parameters: undefined,
  responses: {
    "200": validateShowQuotasResponse,
    "400": validateErrorResponse,
    "401": validateErrorResponse,
    "403": validateErrorResponse,
    "404": validateErrorResponse,
    "500": validateErrorResponse,
  },
  hints: {},
};
