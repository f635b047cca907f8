// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationValidators } from '../types.js';
import { ajvErrorResponse, ajvListAvailabilityZonesResponse } from './compiled.js';

/** Compiled validators of ListAvailabilityZones (GET /v2/{project_id}/availability-zones). */
export const listAvailabilityZonesValidators: OperationValidators = {
  operationId: "ListAvailabilityZones",
  callShape: "input",
  request: undefined,
  parameters: undefined,
  responses: {
    "200": ajvListAvailabilityZonesResponse,
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
