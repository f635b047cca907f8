// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationFixture } from '../fixture.js';

/** Per method: the names of the examples of its success answers, and its documented error statuses. */
export interface FixtureTypes {
  addDesktopSubResources: { examples: "doc"; errorStatus: 400 | 401 | 403 | 404 | 500 };
  createDesktopOrder: { examples: "doc"; errorStatus: 400 | 401 | 403 | 409 | 500 };
  createDesktopPoolChangeOrder: { examples: "doc" | "partialFailure"; errorStatus: 400 | 401 | 403 | 409 | 500 };
  createOrder: { examples: "doc" | "withJob"; errorStatus: 400 | 401 | 403 | 500 };
  showJob: { examples: "succeeded" | "failed"; errorStatus: 400 | 401 | 403 | 404 | 500 };
}

/** Routes, named examples and documented statuses of every operation, from the spec. */
export const FIXTURES: { readonly [M in keyof FixtureTypes]: OperationFixture } = {
  "addDesktopSubResources": {
    "operationId": "AddDesktopSubResources",
    "methodName": "addDesktopSubResources",
    "method": "POST",
    "path": "/v2/{project_id}/desktop/sub-resources",
    "route": "/v2/:p0/desktop/sub-resources",
    "discriminator": null,
    "requestExamples": {
      "doc": {
        "sub_resource_sku": "string",
        "order_id": "string",
        "desktop_ids": [
          "string"
        ]
      },
      "twoDesktops": {
        "sub_resource_sku": "workspace.desktop.sharer.1",
        "desktop_ids": [
          "6d2b8f3e-1c4a-4e7b-9f0d-2a5c8e1b4d7f",
          "9a1c3e5f-7b2d-4f6a-8c0e-1d3f5a7c9e2b"
        ]
      }
    },
    "responses": {
      "200": {
        "description": "The purchase was accepted; the job provisions the resources.",
        "mediaType": "application/json",
        "examples": {
          "doc": {
            "job_id": "3979904c-7beb-4f34-835f-2fa989a5550a"
          }
        }
      },
      "400": {
        "description": "The request is malformed or a parameter is invalid. Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "badRequest": {
            "error_code": "WKS.0001",
            "error_msg": "The parameter is invalid.",
            "error_detail": "root_volume.size: must be a multiple of 10"
          }
        }
      },
      "401": {
        "description": "The token or AK/SK signature is missing, wrong or expired. Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "unauthorized": {
            "error_code": "APIGW.0301",
            "error_msg": "Incorrect IAM authentication information.",
            "error_detail": "verify aksk signature fail"
          }
        }
      },
      "403": {
        "description": "The caller lacks permission for this action. Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "forbidden": {
            "error_code": "WKS.0004",
            "error_msg": "You do not have permission to perform this operation.",
            "encoded_authorization_message": "Rs7x1h0YzN3p…"
          }
        }
      },
      "404": {
        "description": "A resource the request names does not exist.",
        "mediaType": "application/json",
        "examples": {
          "notFound": {
            "error_code": "WKS.0005",
            "error_msg": "The desktop does not exist.",
            "error_detail": "desktop 3c4d5e6f-0a1b-4c2d-8e9f-1a2b3c4d5e6f not found"
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0000",
            "error_msg": "Internal server error."
          }
        }
      }
    }
  },
  "createDesktopOrder": {
    "operationId": "CreateDesktopOrder",
    "methodName": "createDesktopOrder",
    "method": "POST",
    "path": "/v2/{project_id}/desktops/orders/subscribe",
    "route": "/v2/:p0/desktops/orders/subscribe",
    "discriminator": null,
    "requestExamples": {
      "doc": {
        "enterprise_project_id": "0",
        "hour_package_resources": [
          {
            "period_type": 2,
            "period_num": 1,
            "is_auto_renew": 0,
            "create_desktops": {
              "desktop_type": "DEDICATED",
              "email_notification": true,
              "nics": [
                {
                  "subnet_id": "624afebf-bb07-4b20-89b1-e0a02f1137cd"
                }
              ],
              "tenantId": "60ec8cdfb5974ddb8f75ba30952d52eb",
              "product_id": "workspace.x86.flexus.xlarge2",
              "enterprise_project_id": "0",
              "image_type": "market",
              "image_id": "4e8aebc3-f4dc-4789-a785-0a1769d44c0d",
              "root_volume": {
                "type": "SAS",
                "size": 80
              },
              "data_volumes": [
                {
                  "type": "SAS",
                  "size": 10
                }
              ],
              "desktops": [
                {
                  "user_name": "hzh",
                  "user_group": "administrators"
                }
              ],
              "hour_package_product_id": "workspace.x86.flexus.xlarge2.120hours"
            },
            "used_up_policy": "SHUTDOWN_OR_HIBERNATE"
          }
        ]
      },
      "unassignedWithAutoPay": {
        "hour_package_resources": [
          {
            "period_type": 3,
            "period_num": 1,
            "is_auto_renew": 1,
            "used_up_policy": "PAY_PER_USE",
            "create_desktops": {
              "desktop_type": "DEDICATED",
              "product_id": "workspace.x86.ultimate.large2",
              "image_type": "gold",
              "image_id": "1f0d5a6c-9b2e-4c8d-a7f3-6e4b2d1c0a9f",
              "root_volume": {
                "type": "GPSSD",
                "size": 100
              },
              "size": 3,
              "desktop_name": "lab",
              "hour_package_product_id": "workspace.x86.ultimate.large2.200hours"
            }
          }
        ],
        "extend_param": {
          "is_auto_pay": "true"
        }
      }
    },
    "responses": {
      "200": {
        "description": "The order was placed.",
        "mediaType": "application/json",
        "examples": {
          "doc": {
            "order_id": "string"
          }
        }
      },
      "400": {
        "description": "The request is malformed or a parameter is invalid. Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "badRequest": {
            "error_code": "WKS.0001",
            "error_msg": "The parameter is invalid.",
            "error_detail": "root_volume.size: must be a multiple of 10"
          }
        }
      },
      "401": {
        "description": "Answered by Huawei's API gateway (APIG) before the request reaches Workspace: the token or\nAK/SK signature is missing, wrong or expired. No Help Center page lists it; every operation\nbehind the gateway can answer it. Nothing was ordered.\n",
        "mediaType": "application/json",
        "examples": {
          "gateway": {
            "error_code": "APIGW.0301",
            "error_msg": "Incorrect IAM authentication information.",
            "request_id": "2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e"
          }
        }
      },
      "403": {
        "description": "Answered by Huawei's API gateway (APIG) before the request reaches Workspace: the caller\nmay not call this API. No Help Center page lists it; every operation behind the gateway can\nanswer it. Nothing was ordered.\n",
        "mediaType": "application/json",
        "examples": {
          "gateway": {
            "error_code": "APIGW.0302",
            "error_msg": "The IAM user is not authorized to access the API.",
            "request_id": "3c5d7e9f1a2b4c6d8e0f2a4b6c8d0e1f"
          }
        }
      },
      "409": {
        "description": "The request conflicts with the current state of the resources, such as another order in progress.",
        "mediaType": "application/json",
        "examples": {
          "conflict": {
            "error_code": "WKS.0009",
            "error_msg": "The resource is being operated on by another order. Try again later."
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0000",
            "error_msg": "Internal server error."
          }
        }
      }
    }
  },
  "createDesktopPoolChangeOrder": {
    "operationId": "CreateDesktopPoolChangeOrder",
    "methodName": "createDesktopPoolChangeOrder",
    "method": "POST",
    "path": "/v2/{project_id}/desktop-pool/periodic/change/order",
    "route": "/v2/:p0/desktop-pool/periodic/change/order",
    "discriminator": "type",
    "requestExamples": {
      "ADD_VOLUME": {
        "type": "ADD_VOLUME",
        "add_volume_param": {
          "desktop_pool_id": "b046ac8e-0994-4c09-a8a8-bd989d218120",
          "volume_type": "SAS",
          "volume_size": 10
        }
      },
      "EXTEND_VOLUME": {
        "type": "EXTEND_VOLUME",
        "extend_volume_param": {
          "desktop_pool_id": "b046ac8e-0994-4c09-a8a8-bd989d218120",
          "desktop_pool_disk_id": "4f6a8c0e-2b4d-4f6a-9c1e-3d5f7a9b1c2d",
          "new_size": 200
        }
      },
      "RESIZE": {
        "type": "RESIZE",
        "resize_param": {
          "desktop_ids": [
            "8d049b4e-4f1e-4ed5-b3a9-a7f0f15658a7",
            "6d2b8f3e-1c4a-4e7b-9f0d-2a5c8e1b4d7f"
          ],
          "product_id": "workspace.x86.general.xlarge4",
          "mode": "STOP_DESKTOP"
        }
      },
      "CHANGE_IMAGE": {
        "type": "CHANGE_IMAGE",
        "change_image_param": {
          "desktop_pool_id": "b046ac8e-0994-4c09-a8a8-bd989d218120",
          "image_id": "9e1b3d5f-7a2c-4e6b-8d0f-1a3c5e7b9d2f",
          "delay_time": 5,
          "message": "The desktop image changes in 5 minutes."
        }
      },
      "ADD_SUB_RESOURCES": {
        "type": "ADD_SUB_RESOURCES",
        "add_sub_resources_param": {
          "desktop_pool_id": "b046ac8e-0994-4c09-a8a8-bd989d218120",
          "sub_resource_sku": "workspace.desktop.sharer.1"
        }
      },
      "DELETE_SUB_RESOURCES": {
        "type": "DELETE_SUB_RESOURCES",
        "delete_sub_resources_param": {
          "desktop_ids": [
            "8d049b4e-4f1e-4ed5-b3a9-a7f0f15658a7"
          ],
          "sub_resource_type": "DESKTOP_SHARER"
        }
      }
    },
    "responses": {
      "200": {
        "description": "The change orders were generated; check `result` of each.",
        "mediaType": "application/json",
        "examples": {
          "doc": {
            "orders": [
              {
                "order_id": "CS25052414519W9OP",
                "order_status": 6
              }
            ]
          },
          "partialFailure": {
            "orders": [
              {
                "order_id": "CS2511221045A1B2C",
                "order_status": 6,
                "result": "SUCCESS"
              },
              {
                "order_id": "",
                "order_status": 4,
                "result": "FAIL",
                "result_code": "CBC.30000067",
                "result_msg": "The resource is frozen and cannot be changed."
              }
            ]
          }
        }
      },
      "400": {
        "description": "The request is malformed or a parameter is invalid. Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "badRequest": {
            "error_code": "WKS.0001",
            "error_msg": "The parameter is invalid.",
            "error_detail": "root_volume.size: must be a multiple of 10"
          }
        }
      },
      "401": {
        "description": "Answered by Huawei's API gateway (APIG) before the request reaches Workspace: the token or\nAK/SK signature is missing, wrong or expired. No Help Center page lists it; every operation\nbehind the gateway can answer it. Nothing was ordered.\n",
        "mediaType": "application/json",
        "examples": {
          "gateway": {
            "error_code": "APIGW.0301",
            "error_msg": "Incorrect IAM authentication information.",
            "request_id": "2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e"
          }
        }
      },
      "403": {
        "description": "Answered by Huawei's API gateway (APIG) before the request reaches Workspace: the caller\nmay not call this API. No Help Center page lists it; every operation behind the gateway can\nanswer it. Nothing was ordered.\n",
        "mediaType": "application/json",
        "examples": {
          "gateway": {
            "error_code": "APIGW.0302",
            "error_msg": "The IAM user is not authorized to access the API.",
            "request_id": "3c5d7e9f1a2b4c6d8e0f2a4b6c8d0e1f"
          }
        }
      },
      "409": {
        "description": "The request conflicts with the current state of the resources, such as another order in progress.",
        "mediaType": "application/json",
        "examples": {
          "conflict": {
            "error_code": "WKS.0009",
            "error_msg": "The resource is being operated on by another order. Try again later."
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0000",
            "error_msg": "Internal server error."
          }
        }
      }
    }
  },
  "createOrder": {
    "operationId": "CreateOrder",
    "methodName": "createOrder",
    "method": "POST",
    "path": "/v2/{project_id}/periodic/subscribe/order",
    "route": "/v2/:p0/periodic/subscribe/order",
    "discriminator": "type",
    "requestExamples": {
      "addVolumes": {
        "type": "addVolumes",
        "enterprise_project_id": "0",
        "resources": [
          {
            "add_volumes": {
              "desktop_id": "8d049b4e-4f1e-4ed5-b3a9-a7f0f15658a7",
              "volumes": [
                {
                  "type": "SAS",
                  "size": 50
                }
              ]
            }
          }
        ]
      },
      "createDesktops": {
        "type": "createDesktops",
        "enterprise_project_id": "0",
        "resources": [
          {
            "period_type": 2,
            "period_num": 1,
            "create_desktops": {
              "desktops": [
                {
                  "user_email": "test@test.com",
                  "user_name": "test",
                  "user_group": "sudo"
                }
              ],
              "desktop_type": "DEDICATED",
              "email_notification": false,
              "product_id": "workspace.k.xlarge2.uosv20pro",
              "image_type": "private",
              "image_id": "e1d65e11-861c-459d-a3a8-ab150d79befc",
              "root_volume": {
                "type": "SAS",
                "size": 80
              },
              "nics": [
                {
                  "subnet_id": "197c1aa4-2611-48bd-a3af-ac4ce2c17c4c"
                }
              ],
              "tags": [
                {
                  "key": "aa",
                  "value": "bb"
                }
              ]
            }
          }
        ]
      },
      "rebuildDesktops": {
        "type": "rebuildDesktops",
        "resources": [
          {
            "period_type": 3,
            "period_num": 1,
            "rebuild_desktops": {
              "desktop_ids": [
                "8d049b4e-4f1e-4ed5-b3a9-a7f0f15658a7"
              ],
              "image_type": "market",
              "image_id": "0c5e7b3a-2d4f-4a1e-9b8c-6f2d1e0a3b5c",
              "delay_time": 10,
              "message": "Your desktop is rebuilt in 10 minutes. Please save your work.",
              "order_id": "CS2405201130Q4B7N"
            }
          }
        ]
      },
      "createDesktopPool": {
        "type": "createDesktopPool",
        "resources": [
          {
            "period_type": 2,
            "period_num": 6,
            "is_auto_renew": 1,
            "create_desktop_pool": {
              "name": "finance-pool-01",
              "type": "STATIC",
              "size": 5,
              "product_id": "workspace.x86.general.xlarge2",
              "image_type": "gold",
              "image_id": "5d0b8e2f-3a6c-4f1d-b9e7-2c4a6e8f0b1d",
              "root_volume": {
                "type": "SAS",
                "size": 80
              },
              "data_volumes": [
                {
                  "type": "SSD",
                  "size": 100
                }
              ],
              "subnet_ids": [
                "197c1aa4-2611-48bd-a3af-ac4ce2c17c4c"
              ],
              "authorized_objects": [
                {
                  "object_type": "USER_GROUP",
                  "object_id": "2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e0b",
                  "object_name": "finance",
                  "user_group": "users"
                }
              ]
            }
          }
        ],
        "extend_param": {
          "is_auto_pay": "true"
        }
      },
      "expandDesktopPool": {
        "type": "expandDesktopPool",
        "resources": [
          {
            "period_type": 2,
            "period_num": 1,
            "expand_desktop_pool": {
              "pool_id": "7e1a3c5b-9d2f-4b6e-8a0c-3f5d7b9e1a2c",
              "size": 2
            }
          }
        ]
      },
      "applyDesktopsInternet": {
        "type": "applyDesktopsInternet",
        "resources": [
          {
            "period_type": 2,
            "period_num": 1,
            "apply_desktops_internet": {
              "desktop_ids": [
                "8d049b4e-4f1e-4ed5-b3a9-a7f0f15658a7",
                "6d2b8f3e-1c4a-4e7b-9f0d-2a5c8e1b4d7f"
              ],
              "eip_type": "5_bgp",
              "eip_charge_mode": "BANDWIDTH",
              "bandwidth_size": 5
            }
          }
        ]
      },
      "createExclusiveHosts": {
        "type": "createExclusiveHosts",
        "resources": [
          {
            "period_type": 3,
            "period_num": 1,
            "create_exclusive_hosts": {
              "availability_zone": "ap-southeast-1a",
              "name": "host-prod",
              "quantity": 1,
              "product_id": "workspace.host.c7.8xlarge",
              "image_volumes": [
                {
                  "type": "SSD",
                  "size": 200
                }
              ],
              "memory_volumes": [
                {
                  "type": "SSD",
                  "size": 500
                }
              ],
              "vpc_id": "3a5c7e9b-1d3f-4a6c-8e0b-2d4f6a8c0e1b",
              "subnet_id": "197c1aa4-2611-48bd-a3af-ac4ce2c17c4c"
            }
          }
        ]
      },
      "subscribeUserSharer": {
        "type": "subscribeUserSharer",
        "resources": [
          {
            "period_type": 2,
            "period_num": 1,
            "subscribe_user_sharer": {
              "user_sharer_sku": "workspace.user.sharer.1",
              "users": [
                {
                  "user_id": "0f2e4c6a8b1d3f5e7a9c0b2d4f6a8c1e",
                  "user_name": "alice"
                }
              ]
            }
          }
        ]
      },
      "ApplySubnetBandwidth": {
        "type": "ApplySubnetBandwidth",
        "resources": [
          {
            "period_type": 2,
            "period_num": 1,
            "apply_subnet_bandwidth": {
              "bandwidth_name": "office-bw",
              "subnet_id": "197c1aa4-2611-48bd-a3af-ac4ce2c17c4c",
              "charge_mode": "wks_bandwidth",
              "bandwidth_size": 10
            }
          }
        ]
      }
    },
    "responses": {
      "200": {
        "description": "The order was placed.",
        "mediaType": "application/json",
        "examples": {
          "doc": {
            "order_id": "CS2108102036B2CAI"
          },
          "withJob": {
            "order_id": "CS2511221030K8M2P",
            "job_id": "ff8080829a1b2c3d019a2b3c4d5e0001"
          }
        }
      },
      "400": {
        "description": "The request is malformed or a parameter is invalid. Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "badRequest": {
            "error_code": "WKS.0001",
            "error_msg": "The parameter is invalid.",
            "error_detail": "root_volume.size: must be a multiple of 10"
          }
        }
      },
      "401": {
        "description": "Answered by Huawei's API gateway (APIG) before the request reaches Workspace: the token or\nAK/SK signature is missing, wrong or expired. No Help Center page lists it; every operation\nbehind the gateway can answer it. Nothing was ordered.\n",
        "mediaType": "application/json",
        "examples": {
          "gateway": {
            "error_code": "APIGW.0301",
            "error_msg": "Incorrect IAM authentication information.",
            "request_id": "2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e"
          }
        }
      },
      "403": {
        "description": "Answered by Huawei's API gateway (APIG) before the request reaches Workspace: the caller\nmay not call this API. No Help Center page lists it; every operation behind the gateway can\nanswer it. Nothing was ordered.\n",
        "mediaType": "application/json",
        "examples": {
          "gateway": {
            "error_code": "APIGW.0302",
            "error_msg": "The IAM user is not authorized to access the API.",
            "request_id": "3c5d7e9f1a2b4c6d8e0f2a4b6c8d0e1f"
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0000",
            "error_msg": "Internal server error."
          }
        }
      }
    }
  },
  "showJob": {
    "operationId": "ShowJob",
    "methodName": "showJob",
    "method": "GET",
    "path": "/v2/{project_id}/workspace-jobs/{job_id}",
    "route": "/v2/:p0/workspace-jobs/:p1",
    "discriminator": null,
    "requestExamples": {},
    "responses": {
      "200": {
        "description": "The job as the service sees it now.",
        "mediaType": "application/json",
        "examples": {
          "succeeded": {
            "id": "ff8080829a1b2c3d019a2b3c4d5e0001",
            "job_type": "createDesktops",
            "begin_time": "2026-03-02T08:15:30.000Z",
            "end_time": "2026-03-02T08:21:04.000Z",
            "status": "SUCCESS",
            "sub_jobs_total": 1,
            "sub_jobs": [
              {
                "id": "ff8080829a1b2c3d019a2b3c4d5e0002",
                "job_id": "ff8080829a1b2c3d019a2b3c4d5e0001",
                "job_type": "createDesktops",
                "project_id": "0bec5db98280d2d02fd6c00c2de791ce",
                "begin_time": "2026-03-02T08:15:31.000Z",
                "end_time": "2026-03-02T08:21:04.000Z",
                "status": "SUCCESS",
                "process": 100,
                "entities": {
                  "desktop_id": "6d2b8f3e-1c4a-4e7b-9f0d-2a5c8e1b4d7f",
                  "desktop_name": "wks-finance-01",
                  "product_id": "workspace.x86.ultimate.large2",
                  "user_name": "alice",
                  "ip_address": "192.168.0.23"
                }
              }
            ]
          },
          "failed": {
            "id": "8a2b4c6d-1e3f-4a5b-9c7d-0e1f2a3b4c5d",
            "job_type": "addVolumes",
            "begin_time": "2026-03-02T09:40:12.000Z",
            "end_time": "2026-03-02T09:41:55.000Z",
            "status": "FAILED",
            "job_error_code": "WKS.0203",
            "fail_reason": "The disk quota of the project is used up.",
            "sub_jobs_total": 1,
            "sub_jobs": [
              {
                "id": "8a2b4c6d-1e3f-4a5b-9c7d-0e1f2a3b4c5e",
                "job_id": "8a2b4c6d-1e3f-4a5b-9c7d-0e1f2a3b4c5d",
                "job_type": "addVolumes",
                "project_id": "0bec5db98280d2d02fd6c00c2de791ce",
                "begin_time": "2026-03-02T09:40:13.000Z",
                "end_time": "2026-03-02T09:41:55.000Z",
                "status": "FAILED",
                "error_code": "WKS.0203",
                "fail_reason": "The disk quota of the project is used up.",
                "entities": {
                  "desktop_id": "9a1c3e5f-7b2d-4f6a-8c0e-1d3f5a7c9e2b",
                  "desktop_name": "wks-finance-02",
                  "user_name": "bob"
                }
              }
            ]
          }
        }
      },
      "400": {
        "description": "The request is malformed or a parameter is invalid. Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "badRequest": {
            "error_code": "WKS.0001",
            "error_msg": "The parameter is invalid.",
            "error_detail": "root_volume.size: must be a multiple of 10"
          }
        }
      },
      "401": {
        "description": "Answered by Huawei's API gateway (APIG) before the request reaches Workspace: the token or\nAK/SK signature is missing, wrong or expired. No Help Center page lists it; every operation\nbehind the gateway can answer it. Nothing was ordered.\n",
        "mediaType": "application/json",
        "examples": {
          "gateway": {
            "error_code": "APIGW.0301",
            "error_msg": "Incorrect IAM authentication information.",
            "request_id": "2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e"
          }
        }
      },
      "403": {
        "description": "Answered by Huawei's API gateway (APIG) before the request reaches Workspace: the caller\nmay not call this API. No Help Center page lists it; every operation behind the gateway can\nanswer it. Nothing was ordered.\n",
        "mediaType": "application/json",
        "examples": {
          "gateway": {
            "error_code": "APIGW.0302",
            "error_msg": "The IAM user is not authorized to access the API.",
            "request_id": "3c5d7e9f1a2b4c6d8e0f2a4b6c8d0e1f"
          }
        }
      },
      "404": {
        "description": "A resource the request names does not exist.",
        "mediaType": "application/json",
        "examples": {
          "notFound": {
            "error_code": "WKS.0005",
            "error_msg": "The desktop does not exist.",
            "error_detail": "desktop 3c4d5e6f-0a1b-4c2d-8e9f-1a2b3c4d5e6f not found"
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0000",
            "error_msg": "Internal server error."
          }
        }
      }
    }
  }
};
