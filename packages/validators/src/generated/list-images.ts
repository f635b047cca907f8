// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateErrorResponse, validateInlineListImagesParameters, validateListImagesResponse } from './compiled.js';

/** Compiled validators of ListImages (GET /v2/{project_id}/images). */
export const listImagesValidators: OperationValidators = {
  operationId: "ListImages",
  callShape: "input",
  request: undefined,
  parameters: validateInlineListImagesParameters,
  responses: {
    "200": validateListImagesResponse,
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
