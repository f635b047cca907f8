/**
 * Compile-time tests, checked by `tsc --noEmit` (the package's test script): each
 * `@ts-expect-error` must meet an error, or the check fails.
 */
import type {
  CreateDesktopPoolChangeOrderBody,
  CreateOrderBody,
  CreateOrderData,
  ErrorResponse,
  OperationId,
} from '../src/index.js';

const ok: CreateOrderBody = {
  type: 'createDesktops',
  resources: [
    {
      create_desktops: {
        desktop_type: 'DEDICATED',
        product_id: 'p',
        image_type: 'market',
        image_id: 'i',
        root_volume: { type: 'SAS', size: 80 },
      },
    },
  ],
};

// biome-ignore format: the expected error must stay on the line below the directive
// @ts-expect-error createDesktops needs create_desktops in every resource
const missing: CreateOrderBody = { type: 'createDesktops', resources: [{ period_type: 2 }] };

// biome-ignore format: the expected error must stay on the line below the directive
// @ts-expect-error the type is ApplySubnetBandwidth, with a capital A
const misspelt: CreateOrderBody = { type: 'applySubnetBandwidth', resources: [{ apply_subnet_bandwidth: { subnet_id: 's', charge_mode: 'free' } }] };

// biome-ignore format: the expected error must stay on the line below the directive
// @ts-expect-error is_auto_pay is the string "true", not a boolean
const autoPay: CreateOrderBody = { ...ok, extend_param: { is_auto_pay: true } };

// biome-ignore format: the expected error must stay on the line below the directive
// @ts-expect-error ADD_VOLUME needs add_volume_param
const noParam: CreateDesktopPoolChangeOrderBody = { type: 'ADD_VOLUME' };

// biome-ignore format: the expected error must stay on the line below the directive
// @ts-expect-error volume_type and volume_size are required (the official SDKs cannot send them)
const noSize: CreateDesktopPoolChangeOrderBody = { type: 'ADD_VOLUME', add_volume_param: { desktop_pool_id: 'p' } };

function narrow(body: CreateDesktopPoolChangeOrderBody): string {
  switch (body.type) {
    case 'ADD_VOLUME':
      return body.add_volume_param.volume_type; // narrowed: add_volume_param is present
    case 'RESIZE':
      return body.resize_param.product_id;
    default:
      return body.type;
  }
}

const result: CreateOrderData = { order_id: 'CS1', job_id: 'j' };
// CreateOrder has one success body, so there is no CreateOrderResult (it would be CreateOrderData again).
// @ts-expect-error
type NoResult = import('../src/index.js').CreateOrderResult;
const error: ErrorResponse = { error_code: 'WKS.0001', error_msg: 'x', error_detail: 'y', encoded_authorization_message: 'z' };
const id: OperationId = 'CreateDesktopPoolChangeOrder';

export type { NoResult };
export { autoPay, error, id, missing, misspelt, narrow, noParam, noSize, ok, result };

// Narrowing on `type` reaches callbacks: inside `resources.map(r => …)` an entry has the same
// type as `resources[i]` (the variant's entries: each carries its namesake object, or
// attach_desktops / resize_exclusive_lites), not the base's all-optional Resource.
function inCallback(body: CreateOrderBody): unknown[] {
  if (body.type !== 'addVolumes') return [];
  type Entry = (typeof body.resources)[number];
  return body.resources.map((r): Entry => r);
}

export { inCallback };
