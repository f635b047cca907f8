/**
 * paginate (what every generated `.all()` calls): given the pages a service answers, which
 * requests it makes and which items it yields. No network: `call` answers from a list of pages.
 */
import { describe, expect, it } from 'vitest';
import { type PagingDescriptor, paginate, type RequestInput, WorkspaceLookupError, type WorkspaceResult } from '../src/index.js';
import { caught } from './caught.js';

const OFFSET: PagingDescriptor = {
  kind: 'offset',
  limit: 'limit',
  cursor: 'offset',
  items: 'products',
  total: 'total_count',
  pageSize: 2,
};
const MARKER: PagingDescriptor = { kind: 'marker', limit: 'limit', cursor: 'marker', items: 'images', markerField: 'id' };

/** Runs paginate against `pages` (answered in order; undefined once they run out) and records the queries. */
async function run(paging: PagingDescriptor, pages: unknown[], input?: RequestInput) {
  const queries: unknown[] = [];
  const call = async (page: RequestInput): Promise<WorkspaceResult<unknown>> => {
    queries.push(page.query);
    const data = pages[queries.length - 1] ?? {};
    return { data, response: new Response(), requestId: undefined };
  };
  const items: unknown[] = [];
  for await (const item of paginate({ operationId: 'ListThings', paging }, call, input)) items.push(item);
  return { items, queries };
}

describe('paginate', () => {
  it.each([
    {
      given: 'offset pages, the last one short',
      paging: OFFSET,
      pages: [{ products: [1, 2] }, { products: [3, 4] }, { products: [5] }],
      want: { items: [1, 2, 3, 4, 5], queries: [{ limit: 2 }, { limit: 2, offset: 2 }, { limit: 2, offset: 4 }] },
    },
    {
      given: 'total_count reached on a full page: no extra request',
      paging: OFFSET,
      pages: [
        { products: [1, 2], total_count: 4 },
        { products: [3, 4], total_count: 4 },
      ],
      want: { items: [1, 2, 3, 4], queries: [{ limit: 2 }, { limit: 2, offset: 2 }] },
    },
    {
      given: 'an empty first page',
      paging: OFFSET,
      pages: [{ products: [], total_count: 0 }],
      want: { items: [], queries: [{ limit: 2 }] },
    },
    {
      given: 'an answer without the items array (as an empty page)',
      paging: OFFSET,
      pages: [{ total_count: 0 }],
      want: { items: [], queries: [{ limit: 2 }] },
    },
    {
      given: "no page size in the spec: pages until an empty one, the caller's filters kept",
      paging: { ...OFFSET, pageSize: undefined, total: undefined },
      input: { query: { os_type: 'Windows' } },
      pages: [{ products: [1, 2, 3] }, { products: [4] }, { products: [] }],
      want: {
        items: [1, 2, 3, 4],
        queries: [{ os_type: 'Windows' }, { os_type: 'Windows', offset: 3 }, { os_type: 'Windows', offset: 4 }],
      },
    },
    {
      given: "the caller's own limit and start",
      paging: OFFSET,
      input: { query: { limit: 3, offset: 10 } },
      pages: [
        { products: [1, 2, 3], total_count: 14 },
        { products: [4], total_count: 14 },
      ],
      want: {
        items: [1, 2, 3, 4],
        queries: [
          { limit: 3, offset: 10 },
          { limit: 3, offset: 13 },
        ],
      },
    },
    {
      given: 'marker pages: the next starts after the last item',
      paging: MARKER,
      pages: [{ images: [{ id: 'a' }, { id: 'b' }] }, { images: [{ id: 'c' }] }, { images: [] }],
      want: { items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], queries: [{}, { marker: 'b' }, { marker: 'c' }] },
    },
    {
      given: 'a marker that does not move on (a service repeating its page): stops',
      paging: MARKER,
      pages: [{ images: [{ id: 'a' }] }, { images: [{ id: 'a' }] }, { images: [{ id: 'a' }] }],
      want: { items: [{ id: 'a' }, { id: 'a' }], queries: [{}, { marker: 'a' }] },
    },
  ])('$given', async ({ paging, pages, input, want }) => {
    expect(await run(paging, pages, input)).toEqual(want);
  });

  it('an error answer ends the iteration with WorkspaceLookupError, after the items already read', async () => {
    const answers: WorkspaceResult<unknown>[] = [
      { data: { products: [1, 2] }, response: new Response(), requestId: undefined },
      {
        error: { error_code: 'WKS.0001', error_msg: 'bad offset' },
        response: new Response(null, { status: 400 }),
        requestId: 'r-2',
      },
    ];
    const items: unknown[] = [];
    let n = 0;
    const error = await caught(
      (async () => {
        for await (const item of paginate({ operationId: 'ListThings', paging: OFFSET }, async () => answers[n++]!))
          items.push(item);
      })(),
    );
    expect(items).toEqual([1, 2]);
    expect(error).toBeInstanceOf(WorkspaceLookupError);
    expect(error).toMatchObject({
      status: 400,
      requestId: 'r-2',
      message: expect.stringMatching(
        /read page 2 of ListThings: ListThings answered 400 \(WKS\.0001: bad offset\)\. 2 items were read before it\./,
      ),
    });
  });

  it('refuses an operation that does not page', async () => {
    const error = await caught(
      paginate({ operationId: 'CreateOrder' }, async () => ({ data: {}, response: new Response(), requestId: undefined })).next(),
    );
    expect((error as Error).message).toMatch(/Failed to page through CreateOrder/);
  });
});
