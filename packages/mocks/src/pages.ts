/**
 * List operations that page answer like a service with that many items: the items of all the
 * operation's success examples, in order (each once), served a page at a time by the request's
 * `limit` and `offset` (or `marker`: after the item with that ID), with `total_count` counting
 * them all. So `.all()` reads every item once, and a page past the end is empty.
 */
import type { PagingDescriptor } from '@hwc-workspace/client';

type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The items of every example, each once (the same item in two examples is one item). */
export function itemsOf(paging: PagingDescriptor, examples: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  const items: unknown[] = [];
  for (const example of examples) {
    const list = isObject(example) ? example[paging.items] : undefined;
    for (const item of Array.isArray(list) ? list : []) {
      const key = JSON.stringify(item);
      if (!seen.has(key)) {
        seen.add(key);
        items.push(item);
      }
    }
  }
  return items;
}

/** The page of `items` a request's query asks for, in the shape of `template` (the first example). */
export function pageOf(paging: PagingDescriptor, items: readonly unknown[], query: Json, template: unknown): Json {
  const limit = typeof query[paging.limit] === 'number' ? (query[paging.limit] as number) : (paging.pageSize ?? items.length);
  let start = 0;
  const cursor = query[paging.cursor];
  if (paging.kind === 'offset') start = typeof cursor === 'number' ? cursor : 0;
  else if (cursor !== undefined)
    start = items.findIndex((item) => isObject(item) && item[paging.markerField ?? 'id'] === cursor) + 1;
  return {
    ...(isObject(template) ? template : {}),
    ...(paging.total ? { [paging.total]: items.length } : {}),
    [paging.items]: items.slice(start, start + Math.max(0, limit)),
  };
}
