// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateErrorResponse, validateInlineListVolumeProductInfoParameters, validateListVolumeProductInfoResponse } from './compiled.js';

/** Compiled validators of ListVolumeProductInfo (GET /v2/{project_id}/volume/products). */
export const listVolumeProductInfoValidators: OperationValidators = {
  operationId: "ListVolumeProductInfo",
  callShape: "input",
  request: undefined,
  parameters: validateInlineListVolumeProductInfoParameters,
  responses: {
    "200": validateListVolumeProductInfoResponse,
    "400": validateErrorResponse,
    "401": validateErrorResponse,
    "403": validateErrorResponse,
    "500": validateErrorResponse,
  },
  hints: {},
};
