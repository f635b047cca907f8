// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { validateErrorResponse, validateListAvailabilityZonesResponse } from './compiled.js';

/** Compiled validators of ListAvailabilityZones (GET /v2/{project_id}/availability-zones). */
export const listAvailabilityZonesValidators: OperationValidators = {
  operationId: "ListAvailabilityZones",
  callShape: "input",
  request: undefined,
  parameters: undefined,
  responses: {
    "200": validateListAvailabilityZonesResponse,
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
