// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvErrorResponse, ajvInlineListItaSubJobsParameters, ajvListItaSubJobsResponse } from './compiled.js';

/** Compiled validators of ListItaSubJobs (GET /v2/{project_id}/workspace-sub-jobs). */
export const listItaSubJobsValidators: OperationValidators = {
  operationId: "ListItaSubJobs",
  callShape: "input",
  request: undefined,
  parameters: ajvInlineListItaSubJobsParameters,
  responses: {
    "200": ajvListItaSubJobsResponse,
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
