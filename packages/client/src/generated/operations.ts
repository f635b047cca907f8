// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
import type { Client } from 'openapi-fetch';
import type { paths } from '@hwc-workspace/types';
import { addDesktopSubResourcesValidators, createDesktopOrderValidators, createDesktopPoolChangeOrderValidators, createOrderValidators, type OperationValidators } from '@hwc-workspace/validators';
import type { WorkspaceResult } from '../results.js';

/** The regions that host Workspace, from the spec's server variable. */
export const REGIONS = ["af-north-1","af-south-1","ap-southeast-1","ap-southeast-2","ap-southeast-3","cn-east-3","cn-east-5","cn-north-4","cn-north-9","cn-north-11","cn-south-1","cn-southwest-2","eu-west-101","la-north-2","la-south-2","me-east-1","sa-brazil-1","tr-west-1"] as const;
export type Region = (typeof REGIONS)[number];
export const DEFAULT_REGION: Region = 'ap-southeast-1';
/** Endpoint template; `{region}` is replaced by the region. */
export const SERVER_URL_TEMPLATE = 'https://workspace.{region}.myhuaweicloud.com';

/** Each operation: its client method name, HTTP method and path template. */
export const OPERATIONS = {
  addDesktopSubResources: { operationId: 'AddDesktopSubResources', method: 'POST', path: '/v2/{project_id}/desktop/sub-resources' },
  createDesktopOrder: { operationId: 'CreateDesktopOrder', method: 'POST', path: '/v2/{project_id}/desktops/orders/subscribe' },
  createDesktopPoolChangeOrder: { operationId: 'CreateDesktopPoolChangeOrder', method: 'POST', path: '/v2/{project_id}/desktop-pool/periodic/change/order' },
  createOrder: { operationId: 'CreateOrder', method: 'POST', path: '/v2/{project_id}/periodic/subscribe/order' },
} as const;

export type MethodName = keyof typeof OPERATIONS;
export type PathOf<M extends MethodName> = (typeof OPERATIONS)[M]['path'];
/** The JSON request body of a method, from the spec. */
export type BodyOf<M extends MethodName> = NonNullable<paths[PathOf<M>]['post']['requestBody']>['content']['application/json'];
/** The JSON body of a method's 200 answer, from the spec. */
export type ResultOf<M extends MethodName> = paths[PathOf<M>]['post']['responses'][200]['content']['application/json'];

/** Per-call options: an AbortSignal and extra headers. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly headers?: Record<string, string>;
}

/** What openapi-fetch answers with `parseAs: 'text'`. */
export interface RawAnswer {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** Sends one operation once; the wrapper validates, times out and types the answer around `post`. */
export type Send = <M extends MethodName>(method: M, validators: OperationValidators, body: BodyOf<M>, post: (timeout: AbortSignal) => Promise<RawAnswer>) => Promise<WorkspaceResult<ResultOf<M>>>;

/** What the per-operation functions need: the openapi-fetch client, the project, and the sender. */
export interface OperationContext {
  readonly raw: Client<paths>;
  readonly projectId: string;
  readonly send: Send;
}

/** Buy collaboration resources for desktops. POST /v2/{project_id}/desktop/sub-resources. Import it alone to bundle only this operation's validator. */
export function addDesktopSubResources(ctx: OperationContext, body: BodyOf<'addDesktopSubResources'>, options: CallOptions = {}) {
  return ctx.send('addDesktopSubResources', addDesktopSubResourcesValidators, body, (timeout) =>
    ctx.raw.POST('/v2/{project_id}/desktop/sub-resources', { params: { path: { project_id: ctx.projectId } }, body, parseAs: 'text', headers: options.headers, signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout }),
  );
}

/** Order desktops with hourly packages. POST /v2/{project_id}/desktops/orders/subscribe. Import it alone to bundle only this operation's validator. */
export function createDesktopOrder(ctx: OperationContext, body: BodyOf<'createDesktopOrder'>, options: CallOptions = {}) {
  return ctx.send('createDesktopOrder', createDesktopOrderValidators, body, (timeout) =>
    ctx.raw.POST('/v2/{project_id}/desktops/orders/subscribe', { params: { path: { project_id: ctx.projectId } }, body, parseAs: 'text', headers: options.headers, signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout }),
  );
}

/** Change the orders of a yearly/monthly desktop pool. POST /v2/{project_id}/desktop-pool/periodic/change/order. Import it alone to bundle only this operation's validator. */
export function createDesktopPoolChangeOrder(ctx: OperationContext, body: BodyOf<'createDesktopPoolChangeOrder'>, options: CallOptions = {}) {
  return ctx.send('createDesktopPoolChangeOrder', createDesktopPoolChangeOrderValidators, body, (timeout) =>
    ctx.raw.POST('/v2/{project_id}/desktop-pool/periodic/change/order', { params: { path: { project_id: ctx.projectId } }, body, parseAs: 'text', headers: options.headers, signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout }),
  );
}

/** Place a yearly/monthly order. POST /v2/{project_id}/periodic/subscribe/order. Import it alone to bundle only this operation's validator. */
export function createOrder(ctx: OperationContext, body: BodyOf<'createOrder'>, options: CallOptions = {}) {
  return ctx.send('createOrder', createOrderValidators, body, (timeout) =>
    ctx.raw.POST('/v2/{project_id}/periodic/subscribe/order', { params: { path: { project_id: ctx.projectId } }, body, parseAs: 'text', headers: options.headers, signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout }),
  );
}

/** All operations as methods bound to one context. */
export function bindOperations(ctx: OperationContext) {
  return {
    addDesktopSubResources: (body: BodyOf<'addDesktopSubResources'>, options?: CallOptions) => addDesktopSubResources(ctx, body, options),
    createDesktopOrder: (body: BodyOf<'createDesktopOrder'>, options?: CallOptions) => createDesktopOrder(ctx, body, options),
    createDesktopPoolChangeOrder: (body: BodyOf<'createDesktopPoolChangeOrder'>, options?: CallOptions) => createDesktopPoolChangeOrder(ctx, body, options),
    createOrder: (body: BodyOf<'createOrder'>, options?: CallOptions) => createOrder(ctx, body, options),
  };
}
