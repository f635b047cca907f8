// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateErrorResponse, validateInlineShowJobParameters, validateShowJobResponse } from './compiled.js';

/** Compiled validators of ShowJob (GET /v2/{project_id}/workspace-jobs/{job_id}). */
export const showJobValidators: OperationValidators = {
  operationId: "ShowJob",
  callShape: "input",
  request: undefined,
  parameters: validateInlineShowJobParameters,
  responses: {
    "200": validateShowJobResponse,
    "401": validateErrorResponse,
    "403": validateErrorResponse,
    "404": validateErrorResponse,
    "default": validateErrorResponse,
  },
  hints: {},
};
