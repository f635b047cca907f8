/**
 * The names of each operation's exported types, shared by every emitter that refers to them.
 * Only what the operation has gets a name (no Body type for an operation without a body), and a
 * name a component schema already uses gets a numbered suffix instead.
 */
import { type OperationModel, type ResponseModel, type SpecModel, successResponses, userParameters } from '../model.js';
import { uniqueNames } from '../names.js';

export interface OperationTypeNames {
  /** The JSON request body. */
  readonly body?: string;
  /** `{ path, query, headers, body }` for operations called with one object. */
  readonly input?: string;
  /** The caller-facing parameters `{ path, query, headers }`. */
  readonly parameters?: string;
  /**
   * The JSON body of the first documented success, named only when `data` is a union of more than
   * one success body (otherwise it would be `data` again).
   */
  readonly result?: string;
  /** What a successful call's `data` holds: the union over every success response. */
  readonly data: string;
  /** The name that types the first JSON success body: `result`, or `data` when that is the only success body. Not a name of its own. */
  readonly firstJson?: string;
  /** The documented error statuses. */
  readonly errorStatus: string;
}

/**
 * The success responses that each give `data` a type of its own: every JSON one (each status is
 * typed through its own path), and one each for text, binary and no body.
 */
export function successBodies(op: OperationModel): ResponseModel[] {
  const seen = new Set<string>();
  return successResponses(op).filter((r) => {
    const kind = r.primary?.kind ?? 'none';
    const key = kind === 'json' ? `json ${r.status}` : kind;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const CACHE = new WeakMap<SpecModel, ReadonlyMap<OperationModel, OperationTypeNames>>();

export function operationTypeNames(model: SpecModel): ReadonlyMap<OperationModel, OperationTypeNames> {
  const cached = CACHE.get(model);
  if (cached) return cached;
  const wanted: [OperationModel, keyof OperationTypeNames, string][] = [];
  const answersJson = new Set<OperationModel>();
  for (const op of model.operations) {
    const id = op.typeName;
    if (op.body?.primary.kind === 'json') wanted.push([op, 'body', `${id}Body`]);
    if (op.callShape === 'input') wanted.push([op, 'input', `${id}Input`]);
    if (userParameters(op).length > 0) wanted.push([op, 'parameters', `${id}Parameters`]);
    const bodies = successBodies(op);
    const json = bodies.some((r) => r.primary?.kind === 'json');
    if (json) answersJson.add(op);
    if (json && bodies.length > 1) wanted.push([op, 'result', `${id}Result`]);
    wanted.push([op, 'data', `${id}Data`], [op, 'errorStatus', `${id}ErrorStatus`]);
  }
  const taken = ['OperationId', 'OpaqueBody', ...Object.values(model.schemaTypeNames)];
  const names = uniqueNames(
    wanted.map((w) => w[2]),
    taken,
  );
  const out = new Map<OperationModel, Record<string, string>>();
  wanted.forEach(([op, key], i) => {
    const entry = out.get(op) ?? {};
    entry[key] = names[i] ?? '';
    out.set(op, entry);
  });
  for (const op of answersJson) {
    const entry = out.get(op) ?? {};
    entry.firstJson = entry.result ?? entry.data ?? '';
  }
  const result = out as unknown as ReadonlyMap<OperationModel, OperationTypeNames>;
  CACHE.set(model, result);
  return result;
}

export { jsdoc, key, lit } from './escape.js';
