/** names.ts: identifiers made from spec strings never carry a meaning JavaScript gives a name. */
import { describe, expect, it } from 'vitest';
import { camelCase, kebabCase, operationIdFromPath, pascalCase, uniqueNames } from '../src/names.js';

describe('reserved names', () => {
  it.each(['then', 'catch', 'finally', ...Object.getOwnPropertyNames(Object.prototype).filter((n) => /^[a-z]/i.test(n))])(
    '%s is mapped like a reserved word',
    (name) => {
      expect(camelCase(name)).toBe(`${name}Operation`);
    },
  );

  it('__proto__ and its kin lose their underscores', () => {
    expect(camelCase('__proto__')).toBe('proto');
    expect(camelCase('__defineGetter__')).toBe('defineGetter');
  });
});

describe('given a spec name, the names made from it', () => {
  it.each([
    // given                                      pascalCase                              camelCase                              kebabCase
    ['oneClicks_list', 'OneClicksList', 'oneClicksList', 'one-clicks-list'],
    [
      'enterprise-admin/list-global-webhooks',
      'EnterpriseAdminListGlobalWebhooks',
      'enterpriseAdminListGlobalWebhooks',
      'enterprise-admin-list-global-webhooks',
    ],
    ['ListWorkspaces', 'ListWorkspaces', 'listWorkspaces', 'list-workspaces'],
    ['CreateOrder', 'CreateOrder', 'createOrder', 'create-order'],
    ['getHTTPResponse', 'GetHTTPResponse', 'getHTTPResponse', 'get-http-response'],
    ['order id', 'OrderId', 'orderId', 'order-id'],
    ['a_b-c d', 'ABCD', 'aBCD', 'a-b-c-d'],
    ['2fa setup', 'Op2faSetup', 'op2faSetup', '2fa-setup'],
    ['', 'Unnamed', 'unnamed', 'unnamed'],
    ['   ', 'Unnamed', 'unnamed', 'unnamed'],
    ['ÄÖ name', 'Name', 'name', 'name'],
    ['__proto__', 'Proto', 'proto', 'proto'],
    ['then', 'Then', 'thenOperation', 'then'],
    ['catch', 'Catch', 'catchOperation', 'catch'],
    ['finally', 'Finally', 'finallyOperation', 'finally'],
    ['Default', 'Default', 'defaultOperation', 'default'],
    ['delete', 'Delete', 'deleteOperation', 'delete'],
    ['new', 'New', 'newOperation', 'new'],
    ['constructor', 'Constructor', 'constructorOperation', 'constructor'],
    ['toString', 'ToString', 'toStringOperation', 'to-string'],
    ['hasOwnProperty', 'HasOwnProperty', 'hasOwnPropertyOperation', 'has-own-property'],
  ])('%j → %s, %s, %s', (given, pascal, camel, kebab) => {
    expect([pascalCase(given), camelCase(given), kebabCase(given)]).toEqual([pascal, camel, kebab]);
  });

  it('cuts file names at 80 characters without a trailing dash', () => {
    expect(kebabCase('x'.repeat(100))).toBe('x'.repeat(80));
    expect(kebabCase(`${'x'.repeat(79)} tail`)).toBe('x'.repeat(79));
  });
});

describe('given a method and path without operationId, the derived name', () => {
  it.each([
    ['GET', '/v2/{project_id}/jobs/{job_id}', 'getV2ByProjectIdJobsByJobId'],
    ['POST', '/v2/{project_id}/orders', 'postV2ByProjectIdOrders'],
    ['put', '/v1/things', 'putV1Things'],
    ['DELETE', '/', 'deleteOperation'],
  ])('%s %s → %s', (method, path, want) => {
    expect(operationIdFromPath(method, path)).toBe(want);
  });
});

describe('given names that clash, uniqueNames numbers the later ones', () => {
  it.each([
    { names: ['a', 'b'], taken: [], want: ['a', 'b'], renames: [] },
    {
      names: ['a', 'a', 'a'],
      taken: [],
      want: ['a', 'a2', 'a3'],
      renames: [
        ['a', 'a2', 1],
        ['a', 'a3', 2],
      ],
    },
    { names: ['raw', 'list'], taken: ['raw'], want: ['raw2', 'list'], renames: [['raw', 'raw2', 0]] },
    {
      names: ['a', 'a', 'a2'],
      taken: [],
      want: ['a', 'a2', 'a22'],
      renames: [
        ['a', 'a2', 1],
        ['a2', 'a22', 2],
      ],
    },
  ])('$names taking $taken → $want', ({ names, taken, want, renames }) => {
    const seen: [string, string, number][] = [];
    expect(uniqueNames(names, taken, (from, to, index) => seen.push([from, to, index]))).toEqual(want);
    expect(seen).toEqual(renames);
  });
});
