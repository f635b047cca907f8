// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateErrorResponse, validateInlineListItaSubJobsParameters, validateListItaSubJobsResponse } from './compiled.js';

/** Compiled validators of ListItaSubJobs (GET /v2/{project_id}/workspace-sub-jobs). */
export const listItaSubJobsValidators: OperationValidators = {
  operationId: "ListItaSubJobs",
  callShape: "input",
  request: undefined,
  parameters: validateInlineListItaSubJobsParameters,
  responses: {
    "200": validateListItaSubJobsResponse,
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
