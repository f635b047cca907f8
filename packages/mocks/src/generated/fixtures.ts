// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { OperationFixture } from '../fixture.js';

/** Per method: the names of the examples of its success answers, and its documented error statuses. */
export interface FixtureTypes {
  addDesktopSubResources: { examples: "doc"; errorStatus: 400 | 401 | 403 | 404 | 500 };
  createDesktopOrder: { examples: "doc"; errorStatus: 400 | 401 | 403 | 409 | 500 };
  createDesktopPoolChangeOrder: { examples: "doc" | "partialFailure"; errorStatus: 400 | 401 | 403 | 409 | 500 };
  createOrder: { examples: "doc" | "withJob" | "createDesktops" | "addVolumes"; errorStatus: 400 | 401 | 403 | 500 };
  estimateAddResources: { examples: "price"; errorStatus: 400 | 401 | 403 | 409 | 500 };
  estimateChangeImages: { examples: "price"; errorStatus: 400 | 401 | 403 | 409 | 500 };
  listAvailabilityZones: { examples: "twoZones"; errorStatus: 400 | 401 | 403 | 404 | 405 | 500 | 503 };
  listImages: { examples: "firstPage" | "lastPage"; errorStatus: 400 | 401 | 403 | 404 | 405 | 500 | 503 };
  listItaSubJobs: { examples: "running" | "lastPage"; errorStatus: 400 | 401 | 403 | 404 | 405 | 500 | 503 };
  listProducts: { examples: "firstPage" | "lastPage"; errorStatus: 400 | 401 | 403 | 404 | 405 | 500 | 503 };
  listVolumeProductInfo: { examples: "highIo"; errorStatus: 400 | 401 | 403 | 500 };
  showJob: { examples: "succeeded" | "failed"; errorStatus: 401 | 403 | 404 };
  showQuotas: { examples: "withEdgeSite"; errorStatus: 400 | 401 | 403 | 404 | 500 };
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
            "error_msg": "The request message input by the interface is empty."
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
            "error_code": "WKS.00010099",
            "error_msg": "The Workspace service is disabled."
          }
        }
      },
      "404": {
        "description": "A resource the request names does not exist.",
        "mediaType": "application/json",
        "examples": {
          "notFound": {
            "error_code": "WKS.0202",
            "error_msg": "The resource not found."
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
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
            "error_msg": "The request message input by the interface is empty."
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
        "description": "The operation conflicts with another (the pages say no more). Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "conflict": {
            "error_code": "WKS.00081101",
            "error_msg": "The policy group name is conflict."
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
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
            "error_msg": "The request message input by the interface is empty."
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
        "description": "The operation conflicts with another (the pages say no more). Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "conflict": {
            "error_code": "WKS.00081101",
            "error_msg": "The policy group name is conflict."
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
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
          },
          "createDesktops": {
            "order_id": "CS2511221030K8M2P",
            "job_id": "ff8080829a1b2c3d019a2b3c4d5e0001"
          },
          "addVolumes": {
            "order_id": "CS2603020940R7T4Q",
            "job_id": "8a2b4c6d-1e3f-4a5b-9c7d-0e1f2a3b4c5d"
          }
        }
      },
      "400": {
        "description": "The request is malformed or a parameter is invalid. Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "badRequest": {
            "error_code": "WKS.0001",
            "error_msg": "The request message input by the interface is empty."
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
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
          }
        }
      }
    }
  },
  "estimateAddResources": {
    "operationId": "EstimateAddResources",
    "methodName": "estimateAddResources",
    "method": "POST",
    "path": "/v2/{project_id}/periodic/inquiry/add-resources",
    "route": "/v2/:p0/periodic/inquiry/add-resources",
    "discriminator": null,
    "requestExamples": {
      "desktops": {
        "desktop_ids": [
          "6d2b8f3e-1c4a-4e7b-9f0d-2a5c8e1b4d7f",
          "1e3c5a7b-9d2f-4b6c-8a0e-3b5d7f9a1c2e"
        ],
        "sub_resource_sku": "workspace.desktop.sharer.1"
      },
      "pool": {
        "desktop_pool_id": "7c1e4a2b-3d5f-4b6a-8c9d-0e1f2a3b4c5d",
        "handle_type": "FOR_EXPAND_AND_IDLE",
        "sub_resource_sku": "workspace.desktop.sharer.1"
      }
    },
    "responses": {
      "200": {
        "description": "The price of the change. Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "price": {
            "currency": "CNY",
            "cloud_service_rating_results": [
              {
                "order_request_id": "3f7a9c1e5b2d4f6a8c0e2b4d6f8a0c1e",
                "official_website_rating_result": {
                  "amount": 120,
                  "original_amount": 120,
                  "discount_amount": 0,
                  "official_website_amount": 120,
                  "official_website_discount_amount": 0,
                  "optional_discount_amount": 0,
                  "measure_id": 1,
                  "product_rating_results": [
                    {
                      "id": "1",
                      "product_id": "00301-224015-0--0",
                      "amount": 60,
                      "original_amount": 60,
                      "discount_amount": 0,
                      "measure_id": 1
                    },
                    {
                      "id": "2",
                      "product_id": "00301-224015-0--0",
                      "amount": 60,
                      "original_amount": 60,
                      "discount_amount": 0,
                      "measure_id": 1
                    }
                  ]
                },
                "optional_discount_rating_results": [
                  {
                    "discount_id": "promo-2026-spring",
                    "discount_name": "Spring promotion",
                    "discount_type": 2,
                    "best_offer": 1,
                    "same_ratio_flag": 1,
                    "discount_ratio": 0.8,
                    "promotion_info": "promo-2026-spring",
                    "amount": 96,
                    "original_amount": 120,
                    "discount_amount": 24,
                    "optional_discount_amount": 24,
                    "measure_id": 1
                  }
                ]
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
            "error_msg": "The request message input by the interface is empty."
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
        "description": "The operation conflicts with another (the pages say no more). Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "conflict": {
            "error_code": "WKS.00081101",
            "error_msg": "The policy group name is conflict."
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
          }
        }
      }
    }
  },
  "estimateChangeImages": {
    "operationId": "EstimateChangeImages",
    "methodName": "estimateChangeImages",
    "method": "POST",
    "path": "/v2/{project_id}/periodic/inquiry/change-image",
    "route": "/v2/:p0/periodic/inquiry/change-image",
    "discriminator": null,
    "requestExamples": {
      "desktops": {
        "desktop_ids": [
          "6d2b8f3e-1c4a-4e7b-9f0d-2a5c8e1b4d7f",
          "1e3c5a7b-9d2f-4b6c-8a0e-3b5d7f9a1c2e"
        ],
        "image_id": "8d6e2f5c-3b1a-4d7e-9f0a-4b6c8e0a2d4f"
      },
      "pool": {
        "desktop_pool_id": "7c1e4a2b-3d5f-4b6a-8c9d-0e1f2a3b4c5d",
        "handle_type": "FOR_EXPAND_AND_ALL",
        "image_spec_code": "workspace.image.market.office.1",
        "promotion_plan_id": "plan-2026-q1"
      }
    },
    "responses": {
      "200": {
        "description": "The price of the change. Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "price": {
            "currency": "CNY",
            "cloud_service_rating_results": [
              {
                "order_request_id": "9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a",
                "official_website_rating_result": {
                  "amount": 200,
                  "original_amount": 200,
                  "discount_amount": 0,
                  "official_website_amount": 200,
                  "official_website_discount_amount": 0,
                  "optional_discount_amount": 0,
                  "per_amount": 100,
                  "per_original_amount": 100,
                  "per_discount_amount": 0,
                  "per_period_type": 2,
                  "measure_id": 1,
                  "product_rating_results": [
                    {
                      "id": "1",
                      "product_id": "00301-310052-0--0",
                      "amount": 100,
                      "original_amount": 100,
                      "discount_amount": 0,
                      "per_period_type": 2,
                      "measure_id": 1
                    },
                    {
                      "id": "2",
                      "product_id": "00301-310052-0--0",
                      "amount": 100,
                      "original_amount": 100,
                      "discount_amount": 0,
                      "per_period_type": 2,
                      "measure_id": 1
                    }
                  ]
                },
                "optional_discount_rating_results": []
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
            "error_msg": "The request message input by the interface is empty."
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
        "description": "The operation conflicts with another (the pages say no more). Nothing was ordered.",
        "mediaType": "application/json",
        "examples": {
          "conflict": {
            "error_code": "WKS.00081101",
            "error_msg": "The policy group name is conflict."
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
          }
        }
      }
    }
  },
  "listAvailabilityZones": {
    "operationId": "ListAvailabilityZones",
    "methodName": "listAvailabilityZones",
    "method": "GET",
    "path": "/v2/{project_id}/availability-zones",
    "route": "/v2/:p0/availability-zones",
    "discriminator": null,
    "requestExamples": {},
    "responses": {
      "200": {
        "description": "The zones of the region.",
        "mediaType": "application/json",
        "examples": {
          "twoZones": {
            "total_count": 2,
            "availability_zones": [
              {
                "availability_zone": "cn-north-4a",
                "display_name": "AZ1",
                "i18n": {
                  "en_us": "AZ1",
                  "zh_cn": "可用区1"
                },
                "product_ids": [],
                "sold_out": {
                  "products": []
                },
                "visible": true,
                "default_availability_zone": true
              },
              {
                "availability_zone": "cn-north-4b",
                "display_name": "AZ2",
                "i18n": {
                  "en_us": "AZ2",
                  "zh_cn": "可用区2"
                },
                "product_ids": [
                  "workspace.x86.ultimate.large2",
                  "workspace.x86.enterprise.xlarge2",
                  "workspace.x86.enterprise.2xlarge2"
                ],
                "sold_out": {
                  "products": [
                    "workspace.x86.enterprise.2xlarge2"
                  ]
                },
                "visible": true,
                "default_availability_zone": false
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
            "error_msg": "The request message input by the interface is empty."
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
            "error_code": "WKS.00010099",
            "error_msg": "The Workspace service is disabled."
          }
        }
      },
      "404": {
        "description": "A resource the request names does not exist.",
        "mediaType": "application/json",
        "examples": {
          "notFound": {
            "error_code": "WKS.0202",
            "error_msg": "The resource not found."
          }
        }
      },
      "405": {
        "description": "The method is not allowed on this path. Nothing was changed.\n",
        "mediaType": "application/json",
        "examples": {}
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
          }
        }
      },
      "503": {
        "description": "The service is unavailable for now. A lookup can be repeated later; nothing was changed.\n",
        "mediaType": "application/json",
        "examples": {}
      }
    }
  },
  "listImages": {
    "operationId": "ListImages",
    "methodName": "listImages",
    "method": "GET",
    "path": "/v2/{project_id}/images",
    "route": "/v2/:p0/images",
    "discriminator": null,
    "requestExamples": {},
    "responses": {
      "200": {
        "description": "One page of the images that match.",
        "mediaType": "application/json",
        "examples": {
          "firstPage": {
            "total_count": 3,
            "images": [
              {
                "id": "4f2a8c1e-9b7d-4e3a-a6c5-0d1e2f3a4b5c",
                "image_type": "gold",
                "os_type": "Windows",
                "architecture": "x86",
                "os_version": "Windows 10 Enterprise 64bit",
                "disk_format": "zvhd2",
                "name": "Workspace_Win10_64_EN",
                "min_ram": 0,
                "min_disk": 80,
                "created_at": "2026-01-12T03:20:41Z"
              },
              {
                "id": "5a3b9d2f-0c8e-4f4b-b7d6-1e2f3a4b5c6d",
                "image_type": "gold",
                "os_type": "Windows",
                "architecture": "x86",
                "os_version": "Windows 11 Enterprise 64bit",
                "disk_format": "zvhd2",
                "name": "Workspace_Win11_64_EN",
                "min_ram": 0,
                "min_disk": 80,
                "created_at": "2026-02-03T07:45:10Z"
              }
            ]
          },
          "lastPage": {
            "total_count": 3,
            "images": [
              {
                "id": "6b4c0e3a-1d9f-4a5c-8e7f-2f3a4b5c6d7e",
                "image_type": "gold",
                "os_type": "Windows",
                "architecture": "x86",
                "os_version": "Windows Server 2022 Datacenter 64bit",
                "disk_format": "zvhd2",
                "name": "Workspace_WinSrv2022_64_EN",
                "min_ram": 0,
                "min_disk": 80,
                "created_at": "2026-02-20T11:02:37Z"
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
            "error_msg": "The request message input by the interface is empty."
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
            "error_code": "WKS.00010099",
            "error_msg": "The Workspace service is disabled."
          }
        }
      },
      "404": {
        "description": "A resource the request names does not exist.",
        "mediaType": "application/json",
        "examples": {
          "notFound": {
            "error_code": "WKS.0202",
            "error_msg": "The resource not found."
          }
        }
      },
      "405": {
        "description": "The method is not allowed on this path. Nothing was changed.\n",
        "mediaType": "application/json",
        "examples": {}
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
          }
        }
      },
      "503": {
        "description": "The service is unavailable for now. A lookup can be repeated later; nothing was changed.\n",
        "mediaType": "application/json",
        "examples": {}
      }
    }
  },
  "listItaSubJobs": {
    "operationId": "ListItaSubJobs",
    "methodName": "listItaSubJobs",
    "method": "GET",
    "path": "/v2/{project_id}/workspace-sub-jobs",
    "route": "/v2/:p0/workspace-sub-jobs",
    "discriminator": null,
    "requestExamples": {},
    "responses": {
      "200": {
        "description": "One page of the sub-jobs that match.",
        "mediaType": "application/json",
        "examples": {
          "running": {
            "total_count": 3,
            "jobs": [
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
                  "product_id": "workspace.x86.ultimate.large2",
                  "user_name": "alice"
                }
              },
              {
                "id": "ff8080829a1b2c3d019a2b3c4d5e0003",
                "job_id": "ff8080829a1b2c3d019a2b3c4d5e0001",
                "job_type": "createDesktops",
                "project_id": "0bec5db98280d2d02fd6c00c2de791ce",
                "begin_time": "2026-03-02T08:15:31.000Z",
                "status": "RUNNING",
                "process": 60,
                "entities": {
                  "desktop_id": "1e3c5a7b-9d2f-4b6c-8a0e-3b5d7f9a1c2e",
                  "product_id": "workspace.x86.ultimate.large2",
                  "user_name": "bob"
                }
              }
            ]
          },
          "lastPage": {
            "total_count": 3,
            "jobs": [
              {
                "id": "ff8080829a1b2c3d019a2b3c4d5e0004",
                "job_id": "ff8080829a1b2c3d019a2b3c4d5e0001",
                "job_type": "createDesktops",
                "project_id": "0bec5db98280d2d02fd6c00c2de791ce",
                "begin_time": "2026-03-02T08:15:32.000Z",
                "end_time": "2026-03-02T08:19:47.000Z",
                "status": "FAILED",
                "fail_reason": "The disk quota of the project is used up.",
                "entities": {
                  "desktop_id": "2f4d6b8c-0e3a-4c7d-9b1f-4c6e8a0b2d3f",
                  "product_id": "workspace.x86.ultimate.large2",
                  "user_name": "carol"
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
            "error_msg": "The request message input by the interface is empty."
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
            "error_code": "WKS.00010099",
            "error_msg": "The Workspace service is disabled."
          }
        }
      },
      "404": {
        "description": "A resource the request names does not exist.",
        "mediaType": "application/json",
        "examples": {
          "notFound": {
            "error_code": "WKS.0202",
            "error_msg": "The resource not found."
          }
        }
      },
      "405": {
        "description": "The method is not allowed on this path. Nothing was changed.\n",
        "mediaType": "application/json",
        "examples": {}
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
          }
        }
      },
      "503": {
        "description": "The service is unavailable for now. A lookup can be repeated later; nothing was changed.\n",
        "mediaType": "application/json",
        "examples": {}
      }
    }
  },
  "listProducts": {
    "operationId": "ListProducts",
    "methodName": "listProducts",
    "method": "GET",
    "path": "/v2/{project_id}/products",
    "route": "/v2/:p0/products",
    "discriminator": null,
    "requestExamples": {},
    "responses": {
      "200": {
        "description": "One page of the packages that match.",
        "mediaType": "application/json",
        "examples": {
          "firstPage": {
            "os_type": "Windows",
            "total_count": 3,
            "products": [
              {
                "product_id": "workspace.x86.ultimate.large2",
                "type": "BASE",
                "architecture": "x86",
                "cpu": "2",
                "memory": "4096",
                "descriptions": "CPU:2vCPUs,Memory:4GB",
                "is_gpu": false,
                "system_disk_type": "SAS",
                "system_disk_size": "80",
                "data_disk_size": "100",
                "charge_mode": "0",
                "contain_data_disk": false,
                "cloud_service_type": "hws.service.type.vdi",
                "resource_type": "hws.resource.type.vdi.vm",
                "volume_product_type": "workspace",
                "flavor_id": "s6.large.2",
                "package_type": "ultimate",
                "status": "normal",
                "name": {
                  "en_us": "Ultimate 2 vCPUs 4 GB"
                }
              },
              {
                "product_id": "workspace.x86.enterprise.xlarge2",
                "type": "BASE",
                "architecture": "x86",
                "cpu": "4",
                "memory": "8192",
                "descriptions": "CPU:4vCPUs,Memory:8GB",
                "is_gpu": false,
                "system_disk_type": "SAS",
                "system_disk_size": "80",
                "data_disk_size": "100",
                "charge_mode": "0",
                "contain_data_disk": false,
                "cloud_service_type": "hws.service.type.vdi",
                "resource_type": "hws.resource.type.vdi.vm",
                "volume_product_type": "workspace",
                "flavor_id": "s6.xlarge.2",
                "package_type": "enterprise",
                "status": "normal"
              }
            ]
          },
          "lastPage": {
            "os_type": "Windows",
            "total_count": 3,
            "products": [
              {
                "product_id": "workspace.x86.enterprise.2xlarge2",
                "type": "BASE",
                "architecture": "x86",
                "cpu": "8",
                "memory": "16384",
                "descriptions": "CPU:8vCPUs,Memory:16GB",
                "is_gpu": false,
                "system_disk_type": "SSD",
                "system_disk_size": "100",
                "data_disk_size": "100",
                "charge_mode": "0",
                "contain_data_disk": false,
                "cloud_service_type": "hws.service.type.vdi",
                "resource_type": "hws.resource.type.vdi.vm",
                "volume_product_type": "workspace",
                "flavor_id": "s6.2xlarge.2",
                "package_type": "enterprise",
                "status": "sellout"
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
            "error_msg": "The request message input by the interface is empty."
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
            "error_code": "WKS.00010099",
            "error_msg": "The Workspace service is disabled."
          }
        }
      },
      "404": {
        "description": "A resource the request names does not exist.",
        "mediaType": "application/json",
        "examples": {
          "notFound": {
            "error_code": "WKS.0202",
            "error_msg": "The resource not found."
          }
        }
      },
      "405": {
        "description": "The method is not allowed on this path. Nothing was changed.\n",
        "mediaType": "application/json",
        "examples": {}
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
          }
        }
      },
      "503": {
        "description": "The service is unavailable for now. A lookup can be repeated later; nothing was changed.\n",
        "mediaType": "application/json",
        "examples": {}
      }
    }
  },
  "listVolumeProductInfo": {
    "operationId": "ListVolumeProductInfo",
    "methodName": "listVolumeProductInfo",
    "method": "GET",
    "path": "/v2/{project_id}/volume/products",
    "route": "/v2/:p0/volume/products",
    "discriminator": null,
    "requestExamples": {},
    "responses": {
      "200": {
        "description": "The disk products that match.",
        "mediaType": "application/json",
        "examples": {
          "highIo": {
            "volumes": [
              {
                "resource_spec_code": "workspace.volume.sas",
                "volume_type": "SAS",
                "volume_product_type": "workspace",
                "resource_type": "hws.resource.type.workspace.volume",
                "cloud_service_type": "hws.service.type.vdi",
                "domain_ids": [],
                "name": [
                  {
                    "language": "en_us",
                    "value": "High I/O"
                  }
                ],
                "status": "normal"
              },
              {
                "resource_spec_code": "workspace.volume.ssd",
                "volume_type": "SSD",
                "volume_product_type": "workspace",
                "resource_type": "hws.resource.type.workspace.volume",
                "cloud_service_type": "hws.service.type.vdi",
                "domain_ids": [],
                "name": [
                  {
                    "language": "en_us",
                    "value": "Ultra-high I/O"
                  }
                ],
                "status": "normal",
                "iops": {
                  "resource_spec_code": "workspace.volume.ssd",
                  "min": 3000,
                  "max": 50000,
                  "range_by_size": 50
                },
                "throughput": {
                  "resource_spec_code": "workspace.volume.ssd",
                  "min": 125,
                  "max": 350,
                  "range_by_iops": 0.25
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
            "error_msg": "The request message input by the interface is empty."
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
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
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
            "error_code": "WKS.0202",
            "error_msg": "The resource not found."
          }
        }
      },
      "default": {
        "description": "Any other failure; the API definition of the job lookup declares this catch-all answer, with the usual error body.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
          }
        }
      }
    }
  },
  "showQuotas": {
    "operationId": "ShowQuotas",
    "methodName": "showQuotas",
    "method": "GET",
    "path": "/v2/{project_id}/quotas",
    "route": "/v2/:p0/quotas",
    "discriminator": null,
    "requestExamples": {},
    "responses": {
      "200": {
        "description": "The quotas and their use.",
        "mediaType": "application/json",
        "examples": {
          "withEdgeSite": {
            "quotas": {
              "resources": [
                {
                  "type": "general_instances",
                  "quota": 20,
                  "used": 6
                },
                {
                  "type": "gpu_instances",
                  "quota": 5,
                  "used": 0
                },
                {
                  "type": "cores",
                  "quota": 160,
                  "used": 24
                },
                {
                  "type": "Memory",
                  "quota": 320,
                  "used": 48,
                  "unit": "GB"
                },
                {
                  "type": "volumes",
                  "quota": 200,
                  "used": 12
                },
                {
                  "type": "volume_gigabytes",
                  "quota": 20000,
                  "used": 1560,
                  "unit": "GB"
                },
                {
                  "type": "users",
                  "quota": 3000,
                  "used": 41
                },
                {
                  "type": "policy_groups",
                  "quota": 10,
                  "used": 2
                }
              ]
            },
            "site_quotas": [
              {
                "site_id": "ies-site-01",
                "resources": [
                  {
                    "type": "general_instances",
                    "quota": 50,
                    "used": 4
                  },
                  {
                    "type": "gpu_instances",
                    "quota": 10,
                    "used": 0
                  }
                ]
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
            "error_msg": "The request message input by the interface is empty."
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
            "error_code": "WKS.00010099",
            "error_msg": "The Workspace service is disabled."
          }
        }
      },
      "404": {
        "description": "A resource the request names does not exist.",
        "mediaType": "application/json",
        "examples": {
          "notFound": {
            "error_code": "WKS.0202",
            "error_msg": "The resource not found."
          }
        }
      },
      "500": {
        "description": "The service failed. An order may or may not have been placed: look before sending it again. A lookup can simply be repeated.",
        "mediaType": "application/json",
        "examples": {
          "internalError": {
            "error_code": "WKS.0915",
            "error_msg": "The resource not found."
          }
        }
      }
    }
  }
};
