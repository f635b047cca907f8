// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type * as T from '@hwc-workspace/types';
import { addDesktopSubResourcesValidators, createDesktopOrderValidators, createDesktopPoolChangeOrderValidators, createOrderValidators, showJobValidators } from '@hwc-workspace/validators';
import type { CallOptions, OperationContext, OperationDescriptor } from '../operation.js';
import type { WorkspaceResult } from '../results.js';

/** A region that hosts the service, from the spec's `region` server variable. */
export type Region = "af-north-1" | "af-south-1" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "cn-east-3" | "cn-east-5" | "cn-north-4" | "cn-north-9" | "cn-north-11" | "cn-south-1" | "cn-southwest-2" | "eu-west-101" | "la-north-2" | "la-south-2" | "me-east-1" | "sa-brazil-1" | "tr-west-1";
/** The regions that host the service, in the order the spec lists them. */
export const REGIONS: readonly Region[] = ["af-north-1", "af-south-1", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "cn-east-3", "cn-east-5", "cn-north-4", "cn-north-9", "cn-north-11", "cn-south-1", "cn-southwest-2", "eu-west-101", "la-north-2", "la-south-2", "me-east-1", "sa-brazil-1", "tr-west-1"];
export const DEFAULT_REGION: Region | undefined = "ap-southeast-1";
/** Endpoint template; `{region}` is replaced by the region. Empty when the spec names no server. */
export const SERVER_URL_TEMPLATE: string = "https://workspace.{region}.myhuaweicloud.com";

/** Each operation: method, path template, parameters and media types, from the spec. */
export const OPERATIONS: { readonly [M in MethodName]: OperationDescriptor } = {
  addDesktopSubResources: {"operationId":"AddDesktopSubResources","method":"POST","path":"/v2/{project_id}/desktop/sub-resources","shape":"body","parameters":[{"name":"project_id","in":"path","required":true,"style":"simple","explode":false,"type":"string","filledBy":"projectId"}],"body":{"mediaType":"application/json","kind":"json","required":true},"responses":{"200":{"mediaType":"application/json","kind":"json"},"400":{"mediaType":"application/json","kind":"json"},"401":{"mediaType":"application/json","kind":"json"},"403":{"mediaType":"application/json","kind":"json"},"404":{"mediaType":"application/json","kind":"json"},"500":{"mediaType":"application/json","kind":"json"}}},
  createDesktopOrder: {"operationId":"CreateDesktopOrder","method":"POST","path":"/v2/{project_id}/desktops/orders/subscribe","shape":"body","parameters":[{"name":"project_id","in":"path","required":true,"style":"simple","explode":false,"type":"string","filledBy":"projectId"},{"name":"X-Auth-Token","in":"header","required":false,"style":"simple","explode":false,"type":"string","filledBy":"auth"}],"body":{"mediaType":"application/json","kind":"json","required":true},"responses":{"200":{"mediaType":"application/json","kind":"json"},"400":{"mediaType":"application/json","kind":"json"},"401":{"mediaType":"application/json","kind":"json"},"403":{"mediaType":"application/json","kind":"json"},"409":{"mediaType":"application/json","kind":"json"},"500":{"mediaType":"application/json","kind":"json"}}},
  createDesktopPoolChangeOrder: {"operationId":"CreateDesktopPoolChangeOrder","method":"POST","path":"/v2/{project_id}/desktop-pool/periodic/change/order","shape":"body","parameters":[{"name":"project_id","in":"path","required":true,"style":"simple","explode":false,"type":"string","filledBy":"projectId"},{"name":"X-Auth-Token","in":"header","required":false,"style":"simple","explode":false,"type":"string","filledBy":"auth"}],"body":{"mediaType":"application/json","kind":"json","required":true},"responses":{"200":{"mediaType":"application/json","kind":"json"},"400":{"mediaType":"application/json","kind":"json"},"401":{"mediaType":"application/json","kind":"json"},"403":{"mediaType":"application/json","kind":"json"},"409":{"mediaType":"application/json","kind":"json"},"500":{"mediaType":"application/json","kind":"json"}}},
  createOrder: {"operationId":"CreateOrder","method":"POST","path":"/v2/{project_id}/periodic/subscribe/order","shape":"body","parameters":[{"name":"project_id","in":"path","required":true,"style":"simple","explode":false,"type":"string","filledBy":"projectId"},{"name":"X-Auth-Token","in":"header","required":false,"style":"simple","explode":false,"type":"string","filledBy":"auth"}],"body":{"mediaType":"application/json","kind":"json","required":true},"responses":{"200":{"mediaType":"application/json","kind":"json"},"400":{"mediaType":"application/json","kind":"json"},"401":{"mediaType":"application/json","kind":"json"},"403":{"mediaType":"application/json","kind":"json"},"500":{"mediaType":"application/json","kind":"json"}}},
  showJob: {"operationId":"ShowJob","method":"GET","path":"/v2/{project_id}/workspace-jobs/{job_id}","shape":"input","parameters":[{"name":"project_id","in":"path","required":true,"style":"simple","explode":false,"type":"string","filledBy":"projectId"},{"name":"job_id","in":"path","required":true,"style":"simple","explode":false,"type":"string"},{"name":"X-Auth-Token","in":"header","required":false,"style":"simple","explode":false,"type":"string","filledBy":"auth"}],"body":null,"responses":{"200":{"mediaType":"application/json","kind":"json"},"400":{"mediaType":"application/json","kind":"json"},"401":{"mediaType":"application/json","kind":"json"},"403":{"mediaType":"application/json","kind":"json"},"404":{"mediaType":"application/json","kind":"json"},"500":{"mediaType":"application/json","kind":"json"}}},
};

/** Per method: its path template, what it takes (`input`), its JSON body, and what a success holds (`data`). */
export interface OperationTypes {
  addDesktopSubResources: { path: "/v2/{project_id}/desktop/sub-resources"; input: T.AddDesktopSubResourcesBody; body: T.AddDesktopSubResourcesBody; data: T.AddDesktopSubResourcesData };
  createDesktopOrder: { path: "/v2/{project_id}/desktops/orders/subscribe"; input: T.CreateDesktopOrderBody; body: T.CreateDesktopOrderBody; data: T.CreateDesktopOrderData };
  createDesktopPoolChangeOrder: { path: "/v2/{project_id}/desktop-pool/periodic/change/order"; input: T.CreateDesktopPoolChangeOrderBody; body: T.CreateDesktopPoolChangeOrderBody; data: T.CreateDesktopPoolChangeOrderData };
  createOrder: { path: "/v2/{project_id}/periodic/subscribe/order"; input: T.CreateOrderBody; body: T.CreateOrderBody; data: T.CreateOrderData };
  showJob: { path: "/v2/{project_id}/workspace-jobs/{job_id}"; input: T.ShowJobInput; body: never; data: T.ShowJobData };
}

export type MethodName = keyof OperationTypes;
export type PathOf<M extends MethodName> = OperationTypes[M]['path'];
/** What a method takes: the body alone, or `{ path, query, headers, body }`. */
export type InputOf<M extends MethodName> = OperationTypes[M]['input'];
/** The request body of a method, from the spec. */
export type BodyOf<M extends MethodName> = OperationTypes[M]['body'];
/** What a method's successful answer holds (`undefined` for a status without a body). */
export type ResultOf<M extends MethodName> = OperationTypes[M]['data'];

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
  return ctx.send<T.AddDesktopSubResourcesData>(OPERATIONS.addDesktopSubResources, addDesktopSubResourcesValidators, { body }, options);
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
  return ctx.send<T.CreateDesktopOrderData>(OPERATIONS.createDesktopOrder, createDesktopOrderValidators, { body }, options);
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
  return ctx.send<T.CreateDesktopPoolChangeOrderData>(OPERATIONS.createDesktopPoolChangeOrder, createDesktopPoolChangeOrderValidators, { body }, options);
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
  return ctx.send<T.CreateOrderData>(OPERATIONS.createOrder, createOrderValidators, { body }, options);
}

/**
 * Look up a job
 *
 * Shows a Workspace job and its sub-jobs: its type, status, start and end times and, when it
 * failed, its error code and reason. This is how to learn what became of the `job_id` an order
 * operation answered with. The call only reads: it changes nothing and can be repeated safely.
 *
 * No Help Center page for this operation was saved: its method, path, parameters and response
 * fields come from Huawei's SDK models.
 *
 * `GET /v2/{project_id}/workspace-jobs/{job_id}`. Import this function alone to bundle only this operation's validators.
 */
export function showJob(ctx: OperationContext, input: T.ShowJobInput, options?: CallOptions): Promise<WorkspaceResult<T.ShowJobData>> {
  return ctx.send<T.ShowJobData>(OPERATIONS.showJob, showJobValidators, input, options);
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
   * Look up a job
   *
   * Shows a Workspace job and its sub-jobs: its type, status, start and end times and, when it
   * failed, its error code and reason. This is how to learn what became of the `job_id` an order
   * operation answered with. The call only reads: it changes nothing and can be repeated safely.
   *
   * No Help Center page for this operation was saved: its method, path, parameters and response
   * fields come from Huawei's SDK models.
   *
   * `GET /v2/{project_id}/workspace-jobs/{job_id}`
   */
  showJob(input: T.ShowJobInput, options?: CallOptions): Promise<WorkspaceResult<T.ShowJobData>>;
}

/** All operations as methods bound to one context. */
export function bindOperations(ctx: OperationContext): WorkspaceOperations {
  return {
    addDesktopSubResources: (body: T.AddDesktopSubResourcesBody, options?: CallOptions) => addDesktopSubResources(ctx, body, options),
    createDesktopOrder: (body: T.CreateDesktopOrderBody, options?: CallOptions) => createDesktopOrder(ctx, body, options),
    createDesktopPoolChangeOrder: (body: T.CreateDesktopPoolChangeOrderBody, options?: CallOptions) => createDesktopPoolChangeOrder(ctx, body, options),
    createOrder: (body: T.CreateOrderBody, options?: CallOptions) => createOrder(ctx, body, options),
    showJob: (input: T.ShowJobInput, options?: CallOptions) => showJob(ctx, input, options),
  };
}
