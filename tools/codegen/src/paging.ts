/**
 * Part of normalize: which operations page, which array of their answer holds the items, and
 * which operations are Huawei's job lookups. Reads OpenAPI shapes (schemas, parameters) for
 * normalize.ts; emitters read only the result on the model.
 */
import { isObject, resolveRefs } from './json-schema.js';
import {
  type JobsModel,
  type OperationModel,
  type PagingModel,
  type ParameterModel,
  successResponses,
  userParameters,
} from './model.js';

type Json = Record<string, unknown>;

/** Query parameters that page (Huawei's and most APIs' names). */
const LIMIT = 'limit';
const CURSORS = ['offset', 'marker'] as const;
/** The property that counts every item, when the answer declares it. */
const TOTAL = 'total_count';
/** For `marker` paging: the item property the next page starts after (Huawei's convention). */
const MARKER_FIELD = 'id';
/** Huawei's names for the job lookup and the sub-job listing (as in their SDKs). */
const JOB_LOOKUP = 'ShowJob';
const SUB_JOB_LISTING = 'ListItaSubJobs';

/** The properties of an object schema, including those of its allOf members. */
function propertiesOf(document: Json, schema: unknown, depth = 0): Json {
  const s = resolveRefs(document, schema);
  if (!isObject(s) || depth > 5) return {};
  const own = isObject(s.properties) ? s.properties : {};
  const inherited = Array.isArray(s.allOf) ? s.allOf.map((m) => propertiesOf(document, m, depth + 1)) : [];
  return Object.assign({}, ...inherited, own) as Json;
}

function isType(document: Json, schema: unknown, type: string): boolean {
  const s = resolveRefs(document, schema);
  if (!isObject(s)) return false;
  if (Array.isArray(s.type)) return s.type.includes(type);
  return s.type === type || (type === 'array' && s.type === undefined && isObject(s.items));
}

function numberOf(schema: unknown, key: string): number | undefined {
  return isObject(schema) && typeof schema[key] === 'number' && Number.isInteger(schema[key]) && (schema[key] as number) > 0
    ? (schema[key] as number)
    : undefined;
}

/**
 * How `op` pages, or undefined. `warn` hears about an operation that has the query parameters of
 * paging but an answer whose items cannot be told (no array, or several).
 */
export function pagingOf(
  document: Json,
  op: Omit<OperationModel, 'typeName' | 'methodName' | 'fileName' | 'paging'>,
  warn: (message: string) => void,
): PagingModel | undefined {
  if (!op.safe) return undefined;
  const query = new Map(userParameters(op as OperationModel, 'query').map((p) => [p.name, p]));
  const limit = query.get(LIMIT);
  const cursor = CURSORS.map((name) => query.get(name)).find((p): p is ParameterModel => p !== undefined);
  if (!limit || !cursor) return undefined;
  const successes = successResponses(op as OperationModel).filter((r) => r.primary?.kind === 'json');
  const why = (reason: string) => {
    warn(`${op.operationId} has the query parameters "${LIMIT}" and "${cursor.name}" but ${reason}; it gets no .all() iterator.`);
    return undefined;
  };
  if (successes.length !== 1) return why(`${successes.length} JSON success answers (one is needed)`);
  const properties = propertiesOf(document, successes[0]?.primary?.schema);
  const arrays = Object.keys(properties).filter((name) => isType(document, properties[name], 'array'));
  if (arrays.length !== 1)
    return why(arrays.length === 0 ? 'its answer has no array of items' : `its answer has several arrays (${arrays.join(', ')})`);
  const items = arrays[0] as string;
  const kind = cursor.name === 'marker' ? 'marker' : 'offset';
  if (kind === 'marker') {
    const item = resolveRefs(document, (resolveRefs(document, properties[items]) as Json).items);
    if (!(MARKER_FIELD in propertiesOf(document, item)))
      return why(`the items of "${items}" have no "${MARKER_FIELD}" to continue from`);
  }
  const limitSchema = resolveRefs(document, limit.schema);
  // Only a declared default: without one the caller's limit (or the service's own) decides.
  const pageSize = numberOf(limitSchema, 'default');
  return {
    kind,
    limit: limit.name,
    cursor: cursor.name,
    items,
    ...(TOTAL in properties && isType(document, properties[TOTAL], 'integer') ? { total: TOTAL } : {}),
    ...(kind === 'marker' ? { markerField: MARKER_FIELD } : {}),
    ...(pageSize !== undefined ? { pageSize } : {}),
  };
}

/** ShowJob (with its one job-ID path parameter) and ListItaSubJobs (paging, filtered by `job_id`) when the spec has them. */
export function jobsOf(document: Json, operations: readonly OperationModel[]): JobsModel | undefined {
  const show = operations.find((o) => o.operationId === JOB_LOOKUP && o.safe);
  const idParameters = show ? userParameters(show).filter((p) => p.required) : [];
  const id = idParameters[0];
  if (!show || idParameters.length !== 1 || id?.in !== 'path' || show.body?.required) return undefined;
  const subJobs = operations.find(
    (o) => o.operationId === SUB_JOB_LISTING && o.paging && userParameters(o).every((p) => !p.required),
  );
  const filter = subJobs && userParameters(subJobs, 'query').find((p) => p.name === 'job_id');
  const answers = successResponses(show).filter((r) => r.primary?.kind === 'json');
  const properties = answers.length === 1 ? propertiesOf(document, answers[0]?.primary?.schema) : {};
  const arrays = Object.keys(properties).filter((name) => isType(document, properties[name], 'array'));
  return {
    show,
    idParameter: id.name,
    ...(subJobs && filter ? { subJobs, subJobsFilter: filter.name } : {}),
    ...(arrays.length === 1 ? { subJobsField: arrays[0] } : {}),
  };
}
