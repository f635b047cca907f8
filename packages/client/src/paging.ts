/**
 * Every item of a list operation, page after page: the generated `.all()` of each pageable
 * operation (the spec's `limit` with `offset` or `marker`, see PagingDescriptor) comes here.
 * Pages are lookups: each is sent (and retried) like any GET; an error answer ends the iteration
 * with WorkspaceLookupError.
 */
import { WorkspaceConfigError, WorkspaceError, WorkspaceLookupError } from './errors.js';
import type { OperationDescriptor } from './generated/descriptor.js';
import type { RequestInput, WorkspaceResult } from './operation.js';

type Query = Record<string, unknown>;

/**
 * Calls `call` once per page, starting from `input` (its own `limit` and `offset`/`marker` are
 * kept as the first page's), and yields the items of each. Stops on an empty page, a page shorter
 * than the page size, once `total_count` items are read, or when a marker would not move on.
 * Without a `limit` the spec's default page size is asked for, when it declares one.
 */
export async function* paginate<Item>(
  op: Pick<OperationDescriptor, 'operationId' | 'paging'>,
  call: (input: RequestInput) => Promise<WorkspaceResult<unknown>>,
  input: RequestInput = {},
): AsyncIterableIterator<Item> {
  const paging = op.paging;
  if (!paging)
    throw new WorkspaceConfigError(
      `Failed to page through ${op.operationId}: the spec gives it no limit with offset or marker. Did you mean to call it once?`,
    );
  const query: Query = { ...(input.query as Query | undefined) };
  const given = query[paging.limit];
  const size = typeof given === 'number' ? given : given === undefined ? paging.pageSize : Number(given);
  if (size !== undefined) query[paging.limit] = size;
  let cursor: unknown = query[paging.cursor];
  let offset = paging.kind === 'offset' ? Number(cursor ?? 0) : 0;
  let read = 0;
  for (let page = 1; ; page++) {
    const result = await call({ ...input, query: { ...query, ...(cursor !== undefined ? { [paging.cursor]: cursor } : {}) } });
    if (result.error)
      throw new WorkspaceLookupError(
        op.operationId,
        `read page ${page} of ${op.operationId}`,
        result,
        `${read} item${read === 1 ? ' was' : 's were'} read before it.`,
      );
    const body = result.data as Record<string, unknown> | undefined;
    const items = body?.[paging.items] ?? [];
    if (!Array.isArray(items))
      throw new WorkspaceError(
        `Failed to read page ${page} of ${op.operationId}: "${paging.items}" is not a list. Did the service change its answer?`,
        op.operationId,
      );
    for (const item of items) yield item as Item;
    read += items.length;
    const total = paging.total !== undefined ? body?.[paging.total] : undefined;
    if (items.length === 0 || (size !== undefined && items.length < size)) return;
    if (paging.kind === 'offset') {
      offset += items.length;
      if (typeof total === 'number' && offset >= total) return;
      cursor = offset;
    } else {
      if (typeof total === 'number' && read >= total) return;
      const next = (items[items.length - 1] as Record<string, unknown> | null)?.[paging.markerField ?? 'id'];
      // A marker that does not move on would ask for the same page forever.
      if ((typeof next !== 'string' && typeof next !== 'number') || next === cursor) return;
      cursor = next;
    }
  }
}
