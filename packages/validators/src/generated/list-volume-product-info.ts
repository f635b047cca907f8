// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvErrorResponse, ajvInlineListVolumeProductInfoParameters, ajvListVolumeProductInfoResponse } from './compiled.js';

/** Compiled validators of ListVolumeProductInfo (GET /v2/{project_id}/volume/products). */
export const listVolumeProductInfoValidators: OperationValidators = {
  operationId: "ListVolumeProductInfo",
  callShape: "input",
  request: undefined,
  parameters: ajvInlineListVolumeProductInfoParameters,
  responses: {
    "200": ajvListVolumeProductInfoResponse,
    "400": ajvErrorResponse,
    "401": ajvErrorResponse,
    "403": ajvErrorResponse,
    "500": ajvErrorResponse,
  },
  hints: {},
};
