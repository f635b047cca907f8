// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvErrorResponse, ajvInlineShowJobParameters, ajvShowJobResponse } from './compiled.js';

/** Compiled validators of ShowJob (GET /v2/{project_id}/workspace-jobs/{job_id}). */
export const showJobValidators: OperationValidators = {
  operationId: "ShowJob",
  callShape: "input",
  request: undefined,
  parameters: ajvInlineShowJobParameters,
  responses: {
    "200": ajvShowJobResponse,
    "401": ajvErrorResponse,
    "403": ajvErrorResponse,
    "404": ajvErrorResponse,
    "default": ajvErrorResponse,
  },
  hints: {},
};
