// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type * as T from '@hwc-workspace/types';
import { addDesktopSubResourcesValidators, createDesktopOrderValidators, createDesktopPoolChangeOrderValidators, createOrderValidators, estimateAddResourcesValidators, estimateChangeImagesValidators, listAvailabilityZonesValidators, listImagesValidators, listItaSubJobsValidators, listProductsValidators, listVolumeProductInfoValidators, showJobValidators, showQuotasValidators } from '@hwc-workspace/validators';
import type { CallOptions, OperationContext, WorkspaceResult } from '../operation.js';
import type { OperationDescriptor } from './descriptor.js';
import { paginate } from '../paging.js';
import type { JobLookups } from '../wait.js';

/** A region that hosts the service, from the spec's `region` server variable. */
export type Region = "af-north-1" | "af-south-1" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "cn-east-3" | "cn-east-5" | "cn-north-4" | "cn-north-9" | "cn-north-11" | "cn-south-1" | "cn-southwest-2" | "eu-west-101" | "la-north-2" | "la-south-2" | "me-east-1" | "sa-brazil-1" | "tr-west-1";
/** The regions that host the service, in the order the spec lists them. */
export const REGIONS: readonly Region[] = ["af-north-1", "af-south-1", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "cn-east-3", "cn-east-5", "cn-north-4", "cn-north-9", "cn-north-11", "cn-south-1", "cn-southwest-2", "eu-west-101", "la-north-2", "la-south-2", "me-east-1", "sa-brazil-1", "tr-west-1"];
export const DEFAULT_REGION: Region | undefined = "ap-southeast-1";
/** Endpoint template; `{region}` is replaced by the region. Empty when the spec names no server. */
export const SERVER_URL_TEMPLATE: string = "https://workspace.{region}.myhuaweicloud.com";

/** AddDesktopSubResources: method, path template, parameters and media types, from the spec. */
const op_addDesktopSubResources: OperationDescriptor = {
  "operationId": "AddDesktopSubResources",
  "method": "POST",
  "path": "/v2/{project_id}/desktop/sub-resources",
  "callShape": "body",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "kind": "json",
    "required": true
  },
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "404": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": false
};

/** CreateDesktopOrder: method, path template, parameters and media types, from the spec. */
const op_createDesktopOrder: OperationDescriptor = {
  "operationId": "CreateDesktopOrder",
  "method": "POST",
  "path": "/v2/{project_id}/desktops/orders/subscribe",
  "callShape": "body",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "kind": "json",
    "required": true
  },
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "409": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": false
};

/** CreateDesktopPoolChangeOrder: method, path template, parameters and media types, from the spec. */
const op_createDesktopPoolChangeOrder: OperationDescriptor = {
  "operationId": "CreateDesktopPoolChangeOrder",
  "method": "POST",
  "path": "/v2/{project_id}/desktop-pool/periodic/change/order",
  "callShape": "body",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "kind": "json",
    "required": true
  },
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "409": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": false
};

/** CreateOrder: method, path template, parameters and media types, from the spec. */
const op_createOrder: OperationDescriptor = {
  "operationId": "CreateOrder",
  "method": "POST",
  "path": "/v2/{project_id}/periodic/subscribe/order",
  "callShape": "body",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "kind": "json",
    "required": true
  },
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": false
};

/** EstimateAddResources: method, path template, parameters and media types, from the spec. */
const op_estimateAddResources: OperationDescriptor = {
  "operationId": "EstimateAddResources",
  "method": "POST",
  "path": "/v2/{project_id}/periodic/inquiry/add-resources",
  "callShape": "body",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "kind": "json",
    "required": true
  },
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "409": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": true
};

/** EstimateChangeImages: method, path template, parameters and media types, from the spec. */
const op_estimateChangeImages: OperationDescriptor = {
  "operationId": "EstimateChangeImages",
  "method": "POST",
  "path": "/v2/{project_id}/periodic/inquiry/change-image",
  "callShape": "body",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": {
    "mediaType": "application/json",
    "kind": "json",
    "required": true
  },
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "409": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": true
};

/** ListAvailabilityZones: method, path template, parameters and media types, from the spec. */
const op_listAvailabilityZones: OperationDescriptor = {
  "operationId": "ListAvailabilityZones",
  "method": "GET",
  "path": "/v2/{project_id}/availability-zones",
  "callShape": "input",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": null,
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "404": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "405": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "503": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": true
};

/** ListImages: method, path template, parameters and media types, from the spec. */
const op_listImages: OperationDescriptor = {
  "operationId": "ListImages",
  "method": "GET",
  "path": "/v2/{project_id}/images",
  "callShape": "input",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "os_type",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "image_type",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "platform",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "architecture",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "package_type",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "image_id",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "limit",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "integer"
    },
    {
      "name": "offset",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "integer"
    },
    {
      "name": "sort_field",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "sort_type",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": null,
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "404": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "405": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "503": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": true,
  "paging": {
    "kind": "offset",
    "limit": "limit",
    "cursor": "offset",
    "items": "images",
    "total": "total_count"
  }
};

/** ListItaSubJobs: method, path template, parameters and media types, from the spec. */
const op_listItaSubJobs: OperationDescriptor = {
  "operationId": "ListItaSubJobs",
  "method": "GET",
  "path": "/v2/{project_id}/workspace-sub-jobs",
  "callShape": "input",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "status",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "job_id",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "job_type",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "desktop_pool_id",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "limit",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "integer"
    },
    {
      "name": "offset",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "integer"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": null,
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "404": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "405": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "503": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": true,
  "paging": {
    "kind": "offset",
    "limit": "limit",
    "cursor": "offset",
    "items": "jobs",
    "total": "total_count",
    "pageSize": 1000
  }
};

/** ListProducts: method, path template, parameters and media types, from the spec. */
const op_listProducts: OperationDescriptor = {
  "operationId": "ListProducts",
  "method": "GET",
  "path": "/v2/{project_id}/products",
  "callShape": "input",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "product_id",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "availability_zone",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "os_type",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "charge_mode",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "architecture",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "package_type",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "limit",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "integer"
    },
    {
      "name": "offset",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "integer"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": null,
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "404": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "405": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "503": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": true,
  "paging": {
    "kind": "offset",
    "limit": "limit",
    "cursor": "offset",
    "items": "products",
    "total": "total_count",
    "pageSize": 100
  }
};

/** ListVolumeProductInfo: method, path template, parameters and media types, from the spec. */
const op_listVolumeProductInfo: OperationDescriptor = {
  "operationId": "ListVolumeProductInfo",
  "method": "GET",
  "path": "/v2/{project_id}/volume/products",
  "callShape": "input",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "availability_zone",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "volume_type",
      "in": "query",
      "required": false,
      "style": "form",
      "explode": true,
      "type": "string"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": null,
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": true
};

/** ShowJob: method, path template, parameters and media types, from the spec. */
const op_showJob: OperationDescriptor = {
  "operationId": "ShowJob",
  "method": "GET",
  "path": "/v2/{project_id}/workspace-jobs/{job_id}",
  "callShape": "input",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "job_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": null,
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "404": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "default": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": true
};

/** ShowQuotas: method, path template, parameters and media types, from the spec. */
const op_showQuotas: OperationDescriptor = {
  "operationId": "ShowQuotas",
  "method": "GET",
  "path": "/v2/{project_id}/quotas",
  "callShape": "input",
  "parameters": [
    {
      "name": "project_id",
      "in": "path",
      "required": true,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "projectId"
    },
    {
      "name": "X-Auth-Token",
      "in": "header",
      "required": false,
      "style": "simple",
      "explode": false,
      "type": "string",
      "filledBy": "auth"
    }
  ],
  "body": null,
  "responses": {
    "200": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "400": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "401": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "403": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "404": {
      "mediaType": "application/json",
      "kind": "json"
    },
    "500": {
      "mediaType": "application/json",
      "kind": "json"
    }
  },
  "safe": true
};

/** Each operation: method, path template, parameters and media types, from the spec. */
export const OPERATIONS: { readonly [M in MethodName]: OperationDescriptor } = {
  addDesktopSubResources: op_addDesktopSubResources,
  createDesktopOrder: op_createDesktopOrder,
  createDesktopPoolChangeOrder: op_createDesktopPoolChangeOrder,
  createOrder: op_createOrder,
  estimateAddResources: op_estimateAddResources,
  estimateChangeImages: op_estimateChangeImages,
  listAvailabilityZones: op_listAvailabilityZones,
  listImages: op_listImages,
  listItaSubJobs: op_listItaSubJobs,
  listProducts: op_listProducts,
  listVolumeProductInfo: op_listVolumeProductInfo,
  showJob: op_showJob,
  showQuotas: op_showQuotas,
};

/** Per method: its path template, what it takes (`input`), its JSON body, and what a success holds (`data`). */
export interface OperationTypes {
  addDesktopSubResources: { path: "/v2/{project_id}/desktop/sub-resources"; input: T.AddDesktopSubResourcesBody; body: T.AddDesktopSubResourcesBody; data: T.AddDesktopSubResourcesData };
  createDesktopOrder: { path: "/v2/{project_id}/desktops/orders/subscribe"; input: T.CreateDesktopOrderBody; body: T.CreateDesktopOrderBody; data: T.CreateDesktopOrderData };
  createDesktopPoolChangeOrder: { path: "/v2/{project_id}/desktop-pool/periodic/change/order"; input: T.CreateDesktopPoolChangeOrderBody; body: T.CreateDesktopPoolChangeOrderBody; data: T.CreateDesktopPoolChangeOrderData };
  createOrder: { path: "/v2/{project_id}/periodic/subscribe/order"; input: T.CreateOrderBody; body: T.CreateOrderBody; data: T.CreateOrderData };
  estimateAddResources: { path: "/v2/{project_id}/periodic/inquiry/add-resources"; input: T.EstimateAddResourcesBody; body: T.EstimateAddResourcesBody; data: T.EstimateAddResourcesData };
  estimateChangeImages: { path: "/v2/{project_id}/periodic/inquiry/change-image"; input: T.EstimateChangeImagesBody; body: T.EstimateChangeImagesBody; data: T.EstimateChangeImagesData };
  listAvailabilityZones: { path: "/v2/{project_id}/availability-zones"; input: T.ListAvailabilityZonesInput; body: never; data: T.ListAvailabilityZonesData };
  listImages: { path: "/v2/{project_id}/images"; input: T.ListImagesInput; body: never; data: T.ListImagesData; item: NonNullable<T.ListImagesData["images"]>[number] };
  listItaSubJobs: { path: "/v2/{project_id}/workspace-sub-jobs"; input: T.ListItaSubJobsInput; body: never; data: T.ListItaSubJobsData; item: NonNullable<T.ListItaSubJobsData["jobs"]>[number] };
  listProducts: { path: "/v2/{project_id}/products"; input: T.ListProductsInput; body: never; data: T.ListProductsData; item: NonNullable<T.ListProductsData["products"]>[number] };
  listVolumeProductInfo: { path: "/v2/{project_id}/volume/products"; input: T.ListVolumeProductInfoInput; body: never; data: T.ListVolumeProductInfoData };
  showJob: { path: "/v2/{project_id}/workspace-jobs/{job_id}"; input: T.ShowJobInput; body: never; data: T.ShowJobData };
  showQuotas: { path: "/v2/{project_id}/quotas"; input: T.ShowQuotasInput; body: never; data: T.ShowQuotasData };
}

export type MethodName = keyof OperationTypes;
export type PathOf<M extends MethodName> = OperationTypes[M]['path'];
/** What a method takes: the body alone, or `{ path, query, headers, body }`. */
export type InputOf<M extends MethodName> = OperationTypes[M]['input'];
/** The request body of a method, from the spec. */
export type BodyOf<M extends MethodName> = OperationTypes[M]['body'];
/** What a method's successful answer holds (`undefined` for a status without a body). */
export type DataOf<M extends MethodName> = OperationTypes[M]['data'];
/** One item of a pageable method's answer (what `.all()` yields). */
export type ItemOf<M extends MethodName> = OperationTypes[M] extends { item: infer I } ? I : never;

/**
 * Buy collaboration resources for desktops
 *
 * Buys desktop collaboration resources (identified by their SKU) for existing desktops, optionally
 * adding them to an existing order. Answers with the ID of the job that provisions them. The call
 * is billed and not idempotent: never resend it without checking the job first.
 *
 * `POST /v2/{project_id}/desktop/sub-resources`. Import this function alone to bundle only this operation's validators.
 */
export function addDesktopSubResources(ctx: OperationContext, body: T.AddDesktopSubResourcesBody, options?: CallOptions): Promise<WorkspaceResult<T.AddDesktopSubResourcesData>> {
  return ctx.send<T.AddDesktopSubResourcesData>(op_addDesktopSubResources, addDesktopSubResourcesValidators, { body }, options);
}

/**
 * Order desktops with hourly packages
 *
 * Orders desktops billed through hourly packages, with a monthly or yearly subscription period
 * and a policy for when the package hours run out. The call creates a billable order and is not
 * idempotent: never resend it without looking the order up first.
 *
 * `POST /v2/{project_id}/desktops/orders/subscribe`. Import this function alone to bundle only this operation's validators.
 */
export function createDesktopOrder(ctx: OperationContext, body: T.CreateDesktopOrderBody, options?: CallOptions): Promise<WorkspaceResult<T.CreateDesktopOrderData>> {
  return ctx.send<T.CreateDesktopOrderData>(op_createDesktopOrder, createDesktopOrderValidators, { body }, options);
}

/**
 * Change the orders of a yearly/monthly desktop pool
 *
 * Changes the yearly/monthly orders behind a desktop pool or some of its desktops: add or grow a
 * disk, change specifications, switch image, or buy or cancel collaboration resources. `type`
 * picks the change and the parameter object it needs. Each affected subscription yields an
 * order, reported one by one. Not idempotent: never resend without checking the orders first.
 *
 * `POST /v2/{project_id}/desktop-pool/periodic/change/order`. Import this function alone to bundle only this operation's validators.
 */
export function createDesktopPoolChangeOrder(ctx: OperationContext, body: T.CreateDesktopPoolChangeOrderBody, options?: CallOptions): Promise<WorkspaceResult<T.CreateDesktopPoolChangeOrderData>> {
  return ctx.send<T.CreateDesktopPoolChangeOrderData>(op_createDesktopPoolChangeOrder, createDesktopPoolChangeOrderValidators, { body }, options);
}

/**
 * Place a yearly/monthly order
 *
 * Places a yearly/monthly order for Workspace resources: desktops, disks, system-disk rebuilds,
 * desktop pools and their growth, internet access, dedicated hosts, collaboration seats or
 * bandwidth. `type` picks what is bought and which object each entry of `resources` carries.
 * The call creates a billable order and is not idempotent: never resend it without looking the
 * order up first.
 *
 * `POST /v2/{project_id}/periodic/subscribe/order`. Import this function alone to bundle only this operation's validators.
 */
export function createOrder(ctx: OperationContext, body: T.CreateOrderBody, options?: CallOptions): Promise<WorkspaceResult<T.CreateOrderData>> {
  return ctx.send<T.CreateOrderData>(op_createOrder, createOrderValidators, { body }, options);
}

/**
 * Price adding collaboration resources to yearly/monthly desktops
 *
 * Asks what it would cost to add a collaboration resource (an add-on identified by its SKU,
 * `sub_resource_sku`) to yearly/monthly desktops, listed by `desktop_ids` or taken from a
 * desktop pool by `desktop_pool_id`: the change a desktop pool's `ADD_SUB_RESOURCES` change
 * order (CreateDesktopPoolChangeOrder, `add_sub_resources_param`, the same fields) would buy.
 * The answer gives the price at list rates and under each optional discount, per order and
 * per product, in `currency`.
 *
 * A price inquiry buys nothing and changes nothing, so although it is a POST the client may
 * resend it (`x-hwc-idempotent`). Drafted from Huawei's API Explorer definition (body
 * `EstimateAddSubResourcesRequestBody`); the SDK's model of the body has `handle_type`
 * instead of `sub_resource_sku`, so both are accepted and neither is required.
 *
 * `POST /v2/{project_id}/periodic/inquiry/add-resources`. Import this function alone to bundle only this operation's validators.
 */
export function estimateAddResources(ctx: OperationContext, body: T.EstimateAddResourcesBody, options?: CallOptions): Promise<WorkspaceResult<T.EstimateAddResourcesData>> {
  return ctx.send<T.EstimateAddResourcesData>(op_estimateAddResources, estimateAddResourcesValidators, { body }, options);
}

/**
 * Price switching yearly/monthly desktops to a paid image
 *
 * Asks what it would cost to switch yearly/monthly desktops from a free image to a paid
 * KooGallery image (named by `image_id`, or by the older `image_spec_code`), for desktops
 * listed by `desktop_ids` or taken from a desktop pool by `desktop_pool_id`: the change a
 * desktop pool's `CHANGE_IMAGE` change order (CreateDesktopPoolChangeOrder,
 * `change_image_param`) would buy. The answer gives the price at list rates and under each
 * optional discount, per order and per product, in `currency`.
 *
 * A price inquiry buys nothing and changes nothing, so although it is a POST the client may
 * resend it (`x-hwc-idempotent`). Drafted from Huawei's API Explorer definition (body
 * `EstimateChangeImageRequestBody`); `handle_type` and `image_type` come from the SDK's
 * model of the body.
 *
 * `POST /v2/{project_id}/periodic/inquiry/change-image`. Import this function alone to bundle only this operation's validators.
 */
export function estimateChangeImages(ctx: OperationContext, body: T.EstimateChangeImagesBody, options?: CallOptions): Promise<WorkspaceResult<T.EstimateChangeImagesData>> {
  return ctx.send<T.EstimateChangeImagesData>(op_estimateChangeImages, estimateChangeImagesValidators, { body }, options);
}

/**
 * List the availability zones
 *
 * Lists the availability zones where Workspace can place desktops in the region: the
 * `availability_zone` code an order body names, which packages each zone offers (an empty
 * `product_ids` means all of them), which are sold out there, and which zone is the default.
 *
 * The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
 * API Explorer definition; the IAM action is from the Help Center page (not saved with this
 * project).
 *
 * `GET /v2/{project_id}/availability-zones`. Import this function alone to bundle only this operation's validators.
 */
export function listAvailabilityZones(ctx: OperationContext, input: T.ListAvailabilityZonesInput = {}, options?: CallOptions): Promise<WorkspaceResult<T.ListAvailabilityZonesData>> {
  return ctx.send<T.ListAvailabilityZonesData>(op_listAvailabilityZones, listAvailabilityZonesValidators, input, options);
}

/**
 * List the images desktops can run
 *
 * Lists the images a desktop can be created from or rebuilt with: public (`gold`) images and
 * your own (`private`) ones, with the `id` an order body names as `image_id`, the operating
 * system, architecture and the disk and memory each needs. Filter by image type, operating
 * system, architecture, package series or image ID, and sort by `name` or `created_at`. The
 * answer comes one page at a time (`limit`, at most 100, and `offset`); `total_count` says how
 * many match in all.
 *
 * The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
 * API Explorer definition; the sort parameters and two answer fields come from the SDK models
 * and the Help Center page (not saved with this project).
 *
 * `GET /v2/{project_id}/images`. Import this function alone to bundle only this operation's validators.
 */
export function listImages(ctx: OperationContext, input: T.ListImagesInput = {}, options?: CallOptions): Promise<WorkspaceResult<T.ListImagesData>> {
  return ctx.send<T.ListImagesData>(op_listImages, listImagesValidators, input, options);
}

/**
 * List sub-jobs
 *
 * Lists the sub-jobs of Workspace jobs: each is the work on one desktop (or other resource)
 * that a job, such as the one an order starts, is made of, with its status, progress and, when
 * it failed, its error code and reason. Filter by `job_id` (the sub-jobs of one job),
 * `job_type`, `status` or `desktop_pool_id`; the SDK and the Help Center page advise giving
 * at least one of `job_id` and `job_type`. The answer comes one page at a time (`limit`, at
 * most 1000, and `offset`); `total_count` says how many match in all.
 *
 * The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
 * API Explorer definition; according to the Help Center page (not saved with this project),
 * identity-policy authorization needs no permission for it.
 *
 * `GET /v2/{project_id}/workspace-sub-jobs`. Import this function alone to bundle only this operation's validators.
 */
export function listItaSubJobs(ctx: OperationContext, input: T.ListItaSubJobsInput = {}, options?: CallOptions): Promise<WorkspaceResult<T.ListItaSubJobsData>> {
  return ctx.send<T.ListItaSubJobsData>(op_listItaSubJobs, listItaSubJobsValidators, input, options);
}

/**
 * List the desktop packages on sale
 *
 * Lists the desktop packages (flavours) Workspace sells in the region: the `product_id` an
 * order body names, with each package's CPU, memory, disks, architecture, billing mode and
 * whether it is on sale or sold out. Filter by zone, operating system, billing mode,
 * architecture or series; given a `product_id`, the service answers the packages that one can
 * be resized to. The answer comes one page at a time (`limit`, at most 100, and `offset`);
 * `total_count` says how many match in all.
 *
 * The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
 * API Explorer definition; the IAM action is from the Help Center page (not saved with this
 * project), the `product_id` behaviour from the page and the SDK models.
 *
 * `GET /v2/{project_id}/products`. Import this function alone to bundle only this operation's validators.
 */
export function listProducts(ctx: OperationContext, input: T.ListProductsInput = {}, options?: CallOptions): Promise<WorkspaceResult<T.ListProductsData>> {
  return ctx.send<T.ListProductsData>(op_listProducts, listProductsValidators, input, options);
}

/**
 * List the disk products on sale
 *
 * Lists the disk products Workspace sells: the `volume_type` an order body names for a system
 * or data disk (`SATA`, `SAS`, `SSD`, …), whether each is on sale, and the IOPS and
 * throughput a disk of that type can be given. Filter by availability zone and by disk type
 * (several types separated by commas, such as `SAS,SSD`).
 *
 * The call only reads: it changes nothing and can be repeated safely. No API Explorer
 * definition of this operation is shared with the project: its method, path, parameters and
 * answer come from Huawei's SDK models. The Help Center page (not saved with this project)
 * shows the same fields and the IAM action.
 *
 * `GET /v2/{project_id}/volume/products`. Import this function alone to bundle only this operation's validators.
 */
export function listVolumeProductInfo(ctx: OperationContext, input: T.ListVolumeProductInfoInput = {}, options?: CallOptions): Promise<WorkspaceResult<T.ListVolumeProductInfoData>> {
  return ctx.send<T.ListVolumeProductInfoData>(op_listVolumeProductInfo, listVolumeProductInfoValidators, input, options);
}

/**
 * Look up a job
 *
 * Shows a Workspace job and its sub-jobs: its type, status, start and end times and, when it
 * failed, its error code and reason. This is how to learn what became of the `job_id` an order
 * operation answered with. The call only reads: it changes nothing and can be repeated safely.
 *
 * No Help Center page for this operation was saved: its method, path, parameters, statuses and
 * response fields come from Huawei's API definition of ShowJob; a few response fields only from
 * Huawei's SDK models.
 *
 * `GET /v2/{project_id}/workspace-jobs/{job_id}`. Import this function alone to bundle only this operation's validators.
 */
export function showJob(ctx: OperationContext, input: T.ShowJobInput, options?: CallOptions): Promise<WorkspaceResult<T.ShowJobData>> {
  return ctx.send<T.ShowJobData>(op_showJob, showJobValidators, input, options);
}

/**
 * Show the project's quotas
 *
 * Shows how many desktops, vCPUs, memory, disks, disk capacity, users and policy groups the
 * project may use and how many are in use, overall and for each site other than the central
 * one: check it before ordering to see whether the order fits.
 *
 * The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
 * API Explorer definition; the IAM action is from the Help Center page (not saved with this
 * project).
 *
 * `GET /v2/{project_id}/quotas`. Import this function alone to bundle only this operation's validators.
 */
export function showQuotas(ctx: OperationContext, input: T.ShowQuotasInput = {}, options?: CallOptions): Promise<WorkspaceResult<T.ShowQuotasData>> {
  return ctx.send<T.ShowQuotasData>(op_showQuotas, showQuotasValidators, input, options);
}

/** Every operation of the spec as a method of one client (see createWorkspaceClient). */
export interface WorkspaceOperations {
  /**
   * Buy collaboration resources for desktops
   *
   * Buys desktop collaboration resources (identified by their SKU) for existing desktops, optionally
   * adding them to an existing order. Answers with the ID of the job that provisions them. The call
   * is billed and not idempotent: never resend it without checking the job first.
   *
   * `POST /v2/{project_id}/desktop/sub-resources`
   */
  addDesktopSubResources(body: T.AddDesktopSubResourcesBody, options?: CallOptions): Promise<WorkspaceResult<T.AddDesktopSubResourcesData>>;
  /**
   * Order desktops with hourly packages
   *
   * Orders desktops billed through hourly packages, with a monthly or yearly subscription period
   * and a policy for when the package hours run out. The call creates a billable order and is not
   * idempotent: never resend it without looking the order up first.
   *
   * `POST /v2/{project_id}/desktops/orders/subscribe`
   */
  createDesktopOrder(body: T.CreateDesktopOrderBody, options?: CallOptions): Promise<WorkspaceResult<T.CreateDesktopOrderData>>;
  /**
   * Change the orders of a yearly/monthly desktop pool
   *
   * Changes the yearly/monthly orders behind a desktop pool or some of its desktops: add or grow a
   * disk, change specifications, switch image, or buy or cancel collaboration resources. `type`
   * picks the change and the parameter object it needs. Each affected subscription yields an
   * order, reported one by one. Not idempotent: never resend without checking the orders first.
   *
   * `POST /v2/{project_id}/desktop-pool/periodic/change/order`
   */
  createDesktopPoolChangeOrder(body: T.CreateDesktopPoolChangeOrderBody, options?: CallOptions): Promise<WorkspaceResult<T.CreateDesktopPoolChangeOrderData>>;
  /**
   * Place a yearly/monthly order
   *
   * Places a yearly/monthly order for Workspace resources: desktops, disks, system-disk rebuilds,
   * desktop pools and their growth, internet access, dedicated hosts, collaboration seats or
   * bandwidth. `type` picks what is bought and which object each entry of `resources` carries.
   * The call creates a billable order and is not idempotent: never resend it without looking the
   * order up first.
   *
   * `POST /v2/{project_id}/periodic/subscribe/order`
   */
  createOrder(body: T.CreateOrderBody, options?: CallOptions): Promise<WorkspaceResult<T.CreateOrderData>>;
  /**
   * Price adding collaboration resources to yearly/monthly desktops
   *
   * Asks what it would cost to add a collaboration resource (an add-on identified by its SKU,
   * `sub_resource_sku`) to yearly/monthly desktops, listed by `desktop_ids` or taken from a
   * desktop pool by `desktop_pool_id`: the change a desktop pool's `ADD_SUB_RESOURCES` change
   * order (CreateDesktopPoolChangeOrder, `add_sub_resources_param`, the same fields) would buy.
   * The answer gives the price at list rates and under each optional discount, per order and
   * per product, in `currency`.
   *
   * A price inquiry buys nothing and changes nothing, so although it is a POST the client may
   * resend it (`x-hwc-idempotent`). Drafted from Huawei's API Explorer definition (body
   * `EstimateAddSubResourcesRequestBody`); the SDK's model of the body has `handle_type`
   * instead of `sub_resource_sku`, so both are accepted and neither is required.
   *
   * `POST /v2/{project_id}/periodic/inquiry/add-resources`
   */
  estimateAddResources(body: T.EstimateAddResourcesBody, options?: CallOptions): Promise<WorkspaceResult<T.EstimateAddResourcesData>>;
  /**
   * Price switching yearly/monthly desktops to a paid image
   *
   * Asks what it would cost to switch yearly/monthly desktops from a free image to a paid
   * KooGallery image (named by `image_id`, or by the older `image_spec_code`), for desktops
   * listed by `desktop_ids` or taken from a desktop pool by `desktop_pool_id`: the change a
   * desktop pool's `CHANGE_IMAGE` change order (CreateDesktopPoolChangeOrder,
   * `change_image_param`) would buy. The answer gives the price at list rates and under each
   * optional discount, per order and per product, in `currency`.
   *
   * A price inquiry buys nothing and changes nothing, so although it is a POST the client may
   * resend it (`x-hwc-idempotent`). Drafted from Huawei's API Explorer definition (body
   * `EstimateChangeImageRequestBody`); `handle_type` and `image_type` come from the SDK's
   * model of the body.
   *
   * `POST /v2/{project_id}/periodic/inquiry/change-image`
   */
  estimateChangeImages(body: T.EstimateChangeImagesBody, options?: CallOptions): Promise<WorkspaceResult<T.EstimateChangeImagesData>>;
  /**
   * List the availability zones
   *
   * Lists the availability zones where Workspace can place desktops in the region: the
   * `availability_zone` code an order body names, which packages each zone offers (an empty
   * `product_ids` means all of them), which are sold out there, and which zone is the default.
   *
   * The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
   * API Explorer definition; the IAM action is from the Help Center page (not saved with this
   * project).
   *
   * `GET /v2/{project_id}/availability-zones`
   */
  listAvailabilityZones(input?: T.ListAvailabilityZonesInput, options?: CallOptions): Promise<WorkspaceResult<T.ListAvailabilityZonesData>>;
  /**
   * List the images desktops can run
   *
   * Lists the images a desktop can be created from or rebuilt with: public (`gold`) images and
   * your own (`private`) ones, with the `id` an order body names as `image_id`, the operating
   * system, architecture and the disk and memory each needs. Filter by image type, operating
   * system, architecture, package series or image ID, and sort by `name` or `created_at`. The
   * answer comes one page at a time (`limit`, at most 100, and `offset`); `total_count` says how
   * many match in all.
   *
   * The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
   * API Explorer definition; the sort parameters and two answer fields come from the SDK models
   * and the Help Center page (not saved with this project).
   *
   * `GET /v2/{project_id}/images`
   */
  readonly listImages: {
    (input?: T.ListImagesInput, options?: CallOptions): Promise<WorkspaceResult<T.ListImagesData>>;
    /** Every item of `images`, page after page: pages by `limit` and `offset`, and stops on a short or empty page or at `total_count`. */
    all(input?: T.ListImagesInput, options?: CallOptions): AsyncIterableIterator<ItemOf<"listImages">>;
  };
  /**
   * List sub-jobs
   *
   * Lists the sub-jobs of Workspace jobs: each is the work on one desktop (or other resource)
   * that a job, such as the one an order starts, is made of, with its status, progress and, when
   * it failed, its error code and reason. Filter by `job_id` (the sub-jobs of one job),
   * `job_type`, `status` or `desktop_pool_id`; the SDK and the Help Center page advise giving
   * at least one of `job_id` and `job_type`. The answer comes one page at a time (`limit`, at
   * most 1000, and `offset`); `total_count` says how many match in all.
   *
   * The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
   * API Explorer definition; according to the Help Center page (not saved with this project),
   * identity-policy authorization needs no permission for it.
   *
   * `GET /v2/{project_id}/workspace-sub-jobs`
   */
  readonly listItaSubJobs: {
    (input?: T.ListItaSubJobsInput, options?: CallOptions): Promise<WorkspaceResult<T.ListItaSubJobsData>>;
    /** Every item of `jobs`, page after page: pages by `limit` and `offset`, and stops on a short or empty page or at `total_count`. */
    all(input?: T.ListItaSubJobsInput, options?: CallOptions): AsyncIterableIterator<ItemOf<"listItaSubJobs">>;
  };
  /**
   * List the desktop packages on sale
   *
   * Lists the desktop packages (flavours) Workspace sells in the region: the `product_id` an
   * order body names, with each package's CPU, memory, disks, architecture, billing mode and
   * whether it is on sale or sold out. Filter by zone, operating system, billing mode,
   * architecture or series; given a `product_id`, the service answers the packages that one can
   * be resized to. The answer comes one page at a time (`limit`, at most 100, and `offset`);
   * `total_count` says how many match in all.
   *
   * The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
   * API Explorer definition; the IAM action is from the Help Center page (not saved with this
   * project), the `product_id` behaviour from the page and the SDK models.
   *
   * `GET /v2/{project_id}/products`
   */
  readonly listProducts: {
    (input?: T.ListProductsInput, options?: CallOptions): Promise<WorkspaceResult<T.ListProductsData>>;
    /** Every item of `products`, page after page: pages by `limit` and `offset`, and stops on a short or empty page or at `total_count`. */
    all(input?: T.ListProductsInput, options?: CallOptions): AsyncIterableIterator<ItemOf<"listProducts">>;
  };
  /**
   * List the disk products on sale
   *
   * Lists the disk products Workspace sells: the `volume_type` an order body names for a system
   * or data disk (`SATA`, `SAS`, `SSD`, …), whether each is on sale, and the IOPS and
   * throughput a disk of that type can be given. Filter by availability zone and by disk type
   * (several types separated by commas, such as `SAS,SSD`).
   *
   * The call only reads: it changes nothing and can be repeated safely. No API Explorer
   * definition of this operation is shared with the project: its method, path, parameters and
   * answer come from Huawei's SDK models. The Help Center page (not saved with this project)
   * shows the same fields and the IAM action.
   *
   * `GET /v2/{project_id}/volume/products`
   */
  listVolumeProductInfo(input?: T.ListVolumeProductInfoInput, options?: CallOptions): Promise<WorkspaceResult<T.ListVolumeProductInfoData>>;
  /**
   * Look up a job
   *
   * Shows a Workspace job and its sub-jobs: its type, status, start and end times and, when it
   * failed, its error code and reason. This is how to learn what became of the `job_id` an order
   * operation answered with. The call only reads: it changes nothing and can be repeated safely.
   *
   * No Help Center page for this operation was saved: its method, path, parameters, statuses and
   * response fields come from Huawei's API definition of ShowJob; a few response fields only from
   * Huawei's SDK models.
   *
   * `GET /v2/{project_id}/workspace-jobs/{job_id}`
   */
  showJob(input: T.ShowJobInput, options?: CallOptions): Promise<WorkspaceResult<T.ShowJobData>>;
  /**
   * Show the project's quotas
   *
   * Shows how many desktops, vCPUs, memory, disks, disk capacity, users and policy groups the
   * project may use and how many are in use, overall and for each site other than the central
   * one: check it before ordering to see whether the order fits.
   *
   * The call only reads: it changes nothing and can be repeated safely. Drafted from Huawei's
   * API Explorer definition; the IAM action is from the Help Center page (not saved with this
   * project).
   *
   * `GET /v2/{project_id}/quotas`
   */
  showQuotas(input?: T.ShowQuotasInput, options?: CallOptions): Promise<WorkspaceResult<T.ShowQuotasData>>;
}

/** All operations as methods bound to one context. */
export function bindOperations(ctx: OperationContext): WorkspaceOperations {
  return {
    addDesktopSubResources: (body: T.AddDesktopSubResourcesBody, options?: CallOptions) => addDesktopSubResources(ctx, body, options),
    createDesktopOrder: (body: T.CreateDesktopOrderBody, options?: CallOptions) => createDesktopOrder(ctx, body, options),
    createDesktopPoolChangeOrder: (body: T.CreateDesktopPoolChangeOrderBody, options?: CallOptions) => createDesktopPoolChangeOrder(ctx, body, options),
    createOrder: (body: T.CreateOrderBody, options?: CallOptions) => createOrder(ctx, body, options),
    estimateAddResources: (body: T.EstimateAddResourcesBody, options?: CallOptions) => estimateAddResources(ctx, body, options),
    estimateChangeImages: (body: T.EstimateChangeImagesBody, options?: CallOptions) => estimateChangeImages(ctx, body, options),
    listAvailabilityZones: (input?: T.ListAvailabilityZonesInput, options?: CallOptions) => listAvailabilityZones(ctx, input, options),
    listImages: Object.assign((input?: T.ListImagesInput, options?: CallOptions) => listImages(ctx, input, options), {
      all: (input?: T.ListImagesInput, options?: CallOptions): AsyncIterableIterator<NonNullable<T.ListImagesData["images"]>[number]> => paginate<NonNullable<T.ListImagesData["images"]>[number]>(op_listImages, (page) => listImages(ctx, page as T.ListImagesInput, options), input),
    }),
    listItaSubJobs: Object.assign((input?: T.ListItaSubJobsInput, options?: CallOptions) => listItaSubJobs(ctx, input, options), {
      all: (input?: T.ListItaSubJobsInput, options?: CallOptions): AsyncIterableIterator<NonNullable<T.ListItaSubJobsData["jobs"]>[number]> => paginate<NonNullable<T.ListItaSubJobsData["jobs"]>[number]>(op_listItaSubJobs, (page) => listItaSubJobs(ctx, page as T.ListItaSubJobsInput, options), input),
    }),
    listProducts: Object.assign((input?: T.ListProductsInput, options?: CallOptions) => listProducts(ctx, input, options), {
      all: (input?: T.ListProductsInput, options?: CallOptions): AsyncIterableIterator<NonNullable<T.ListProductsData["products"]>[number]> => paginate<NonNullable<T.ListProductsData["products"]>[number]>(op_listProducts, (page) => listProducts(ctx, page as T.ListProductsInput, options), input),
    }),
    listVolumeProductInfo: (input?: T.ListVolumeProductInfoInput, options?: CallOptions) => listVolumeProductInfo(ctx, input, options),
    showJob: (input: T.ShowJobInput, options?: CallOptions) => showJob(ctx, input, options),
    showQuotas: (input?: T.ShowQuotasInput, options?: CallOptions) => showQuotas(ctx, input, options),
  };
}

/** The job lookups `waitForJob` uses: the job itself and, when the spec can list them, its sub-jobs. */
export type JobData = T.ShowJobData;
export type SubJobData = NonNullable<T.ListItaSubJobsData["jobs"]>[number];
export const JOBS: JobLookups<JobData, SubJobData> | undefined = {
  operationId: "ShowJob",
  idParameter: "job_id",
  show: (ctx, jobId, options) => showJob(ctx, { path: { job_id: jobId } }, options),
  subJobsOperationId: "ListItaSubJobs",
  subJobsFilter: "job_id",
  subJobs: (ctx, jobId, options) => paginate<SubJobData>(op_listItaSubJobs, (page) => listItaSubJobs(ctx, page as T.ListItaSubJobsInput, options), { query: { job_id: jobId } }),
  subJobsField: "sub_jobs",
};
