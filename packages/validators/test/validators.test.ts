import { describe, expect, it } from 'vitest';
import { ALLOWED_BODIES } from '../../../spec/test/allowed-bodies.js';
import { INVALID_BODIES } from '../../../spec/test/invalid-bodies.js';
import { loadModel } from '../../../spec/test/load.js';
import {
  validateCreateDesktopPoolChangeOrderRequest,
  validateCreateOrderRequest,
  validateRequest,
  validateResponse,
} from '../src/index.js';

const model = await loadModel();

describe('the spec examples pass the generated validators', () => {
  const requests = model.operations.flatMap((op) =>
    op.requestExamples.map((ex) => ({ id: op.operationId, name: ex.name, value: ex.value })),
  );
  it.each(requests)('$id request $name', ({ id, value }) => {
    expect(validateRequest(id as never, value)).toEqual({ ok: true, value });
  });
  const responses = model.operations.flatMap((op) =>
    op.responses.flatMap((r) =>
      r.examples.map((ex) => ({ id: op.operationId, status: r.status, name: ex.name, value: ex.value })),
    ),
  );
  it.each(responses)('$id $status $name', ({ id, status, value }) => {
    expect(validateResponse(id as never, Number(status), value).ok).toBe(true);
  });
});

describe('invalid bodies are reported at the expected pointer', () => {
  it.each(INVALID_BODIES)('$operationId: $name', ({ operationId, body, pointer, keyword }) => {
    const result = validateRequest(operationId, body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => ({ path: i.path, keyword: i.keyword }))).toContainEqual({ path: pointer, keyword });
    for (const issue of result.issues) expect(issue.message).toMatch(/^(must|is|size)/);
  });
});

describe('bodies a source explicitly allows pass the generated validators', () => {
  it.each(ALLOWED_BODIES)('$operationId: $name', ({ operationId, body }) => {
    const value = JSON.parse(JSON.stringify(body)) as unknown;
    expect(validateRequest(operationId, value)).toEqual({ ok: true, value });
  });
});

describe('messages and options', () => {
  const base = { type: 'ADD_VOLUME', add_volume_param: { desktop_pool_id: 'p', volume_type: 'SAS', volume_size: 10 } } as const;

  it('names enum values and multiples in plain English', () => {
    const r = validateCreateOrderRequest({
      type: 'addVolumes',
      resources: [{ add_volumes: { desktop_id: 'd', volumes: [{ type: 'SAS', size: 15 }] } }],
    });
    expect(r).toEqual({
      ok: false,
      issues: [{ path: '/resources/0/add_volumes/volumes/0/size', message: 'must be a multiple of 10', keyword: 'multipleOf' }],
    });
    const e = validateRequest('CreateOrder', {
      type: 'createDesktops',
      resources: [
        {
          create_desktops: {
            desktop_type: 'X',
            product_id: 'p',
            image_type: 'gold',
            image_id: 'i',
            root_volume: { type: 'SAS', size: 80 },
          },
        },
      ],
    });
    expect(e.ok ? [] : e.issues).toContainEqual({
      path: '/resources/0/create_desktops/desktop_type',
      message: 'must be one of: DEDICATED, SHARED',
      keyword: 'enum',
    });
  });

  it('reports only the branch picked by type', () => {
    const r = validateCreateDesktopPoolChangeOrderRequest({ type: 'RESIZE', resize_param: { desktop_pool_id: 'p' } });
    expect(r).toEqual({ ok: false, issues: [{ path: '/resize_param/product_id', message: 'is required', keyword: 'required' }] });
  });

  it('collapses "one of the two" rules into one issue naming both fields', () => {
    const r = validateCreateDesktopPoolChangeOrderRequest({
      type: 'ADD_VOLUME',
      add_volume_param: { volume_type: 'SAS', volume_size: 10 },
    });
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: '/add_volume_param',
          message: 'must include one of: desktop_pool_id | desktop_ids (non-empty)',
          keyword: 'anyOf',
        },
      ],
    });
  });

  it('uses the spec wording for forbidden combinations', () => {
    const r = validateCreateOrderRequest({
      type: 'createDesktops',
      resources: [
        {
          create_desktops: {
            desktop_type: 'DEDICATED',
            product_id: 'p',
            image_type: 'gold',
            image_id: 'i',
            root_volume: { type: 'SAS', size: 80 },
            size: 1,
            desktops: [{ user_name: 'a' }],
          },
        },
      ],
    });
    expect(r).toEqual({
      ok: false,
      issues: [{ path: '/resources/0/create_desktops', message: 'size and desktops cannot be sent together', keyword: 'not' }],
    });
  });

  it('rejects unknown properties unless allowed', () => {
    const body = { ...base, add_volume_param: { ...base.add_volume_param, volume_iops: 3000 }, note: 'x' };
    const strict = validateRequest('CreateDesktopPoolChangeOrder', body);
    expect(strict.ok ? [] : strict.issues.map((i) => i.path).sort()).toEqual(['/add_volume_param/volume_iops', '/note']);
    expect(validateRequest('CreateDesktopPoolChangeOrder', body, { allowUnknownProperties: true })).toEqual({
      ok: true,
      value: body,
    });
  });

  it('escapes pointer tokens (RFC 6901)', () => {
    const r = validateRequest('AddDesktopSubResources', { sub_resource_sku: 's', desktop_ids: ['d'], 'a/b~c': 1 });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['/a~1b~0c']);
  });

  it('keeps response bodies open but checks their types', () => {
    expect(validateResponse('CreateOrder', 200, { order_id: 'x', later_field: 1 }).ok).toBe(true);
    const bad = validateResponse('CreateDesktopPoolChangeOrder', 200, { orders: [{ order_status: 15 }] });
    expect(bad.ok ? [] : bad.issues).toEqual([{ path: '/orders/0/order_status', message: 'must be <= 14', keyword: 'maximum' }]);
    const undocumented = validateResponse('CreateOrder', 409, {});
    expect(undocumented.ok ? '' : undocumented.issues[0]?.message).toMatch(/not documented/);
  });

  it('refuses an unknown operationId with a hint', () => {
    expect(() => validateRequest('CreateOrders' as never, {})).toThrow(/Did you mean one of/);
  });
});
