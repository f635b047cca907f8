// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvErrorResponse, ajvInlineListImagesParameters, ajvListImagesResponse } from './compiled.js';

/** Compiled validators of ListImages (GET /v2/{project_id}/images). */
export const listImagesValidators: OperationValidators = {
  operationId: "ListImages",
  callShape: "input",
  request: undefined,
  parameters: ajvInlineListImagesParameters,
  responses: {
    "200": ajvListImagesResponse,
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
