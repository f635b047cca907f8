/**
 * Step 1 of a call, pure (no I/O): snapshot the caller's input once (getters, toJSON), validate
 * that snapshot, and serialize it into the method, path, query, headers and body text that will
 * be sent. What is checked is what goes; a problem anywhere becomes an issue that names its place.
 */
import { checkInput, checkRequest, type Issue, type OperationValidators, type RequestInput } from '@hwc-workspace/validators';
import type { OperationDescriptor } from './generated/descriptor.js';
import { addCallHeaders } from './headers.js';
import { buildHeaders, buildPath, buildQuery } from './serialize.js';

/** The input read once and checked: the parameters as JSON values, the body as JSON values when validated, and its exact text (JSON bodies). */
export interface Checked {
  readonly params: RequestInput;
  readonly body: unknown;
  /** The exact JSON text of the body (JSON bodies only). */
  readonly text: string | undefined;
  readonly issues: Issue[];
}

/** A request ready to send: everything but the client-wide headers and the auth. */
export interface Prepared {
  readonly method: string;
  /** Path and query, to append to the base URL. */
  readonly target: string;
  readonly headers: Record<string, string>;
  /** What is sent: the JSON text, or the caller's text, Blob, FormData … for other media types. */
  readonly body: unknown;
}

/** JSON objects without a prototype: a parameter named `toString` or `constructor` is absent unless given. */
const bare = (_key: string, value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.assign(Object.create(null) as object, value)
    : value;

/** The request exactly as it will be sent, read once, then validated when `validate` says so. */
export function check(
  op: OperationDescriptor,
  validators: OperationValidators,
  input: RequestInput | undefined,
  validate: boolean,
): Checked {
  const issues: Issue[] = [];
  let params: RequestInput = {};
  try {
    params = JSON.parse(
      JSON.stringify({ path: input?.path, query: input?.query, headers: input?.headers }) ?? '{}',
      bare,
    ) as RequestInput;
  } catch {
    issues.push({ path: '', message: 'the parameters cannot be turned into JSON values', keyword: 'type' });
  }
  let body = input?.body;
  let text: string | undefined;
  if (op.body?.kind === 'json' && body !== undefined) {
    try {
      text = JSON.stringify(body);
      // The JSON values of that text, only where they are validated (sent is the text itself).
      body = text === undefined || !validate ? undefined : JSON.parse(text);
    } catch (error) {
      issues.push({ path: '', message: `the body cannot be turned into JSON (${(error as Error).message})`, keyword: 'type' });
      body = undefined;
    }
  }
  if (validate && issues.length === 0) {
    const result =
      op.callShape === 'body'
        ? checkRequest(validators, body)
        : checkInput(validators, { ...params, ...(body !== undefined ? { body } : {}) });
    if (!result.ok) issues.push(...result.issues);
  }
  return { params, body, text, issues };
}

/**
 * Serializes a checked call: path (with `projectId` where the client fills it), query, the
 * parameters' and the call's headers, the body and its Content-Type. Issues are added to
 * `checked.issues`; the result is undefined when there are any.
 */
export function serialize(
  op: OperationDescriptor,
  checked: Checked,
  projectId: string | undefined,
  callHeaders: Readonly<Record<string, unknown>> | undefined,
  input: RequestInput | undefined,
): Prepared | undefined {
  const { params, issues } = checked;
  const pathValues: Record<string, unknown> = Object.assign(Object.create(null) as object, params.path);
  for (const p of op.parameters) if (p.filledBy === 'projectId') pathValues[p.name] = projectId;
  const path = buildPath(op, pathValues, issues);
  const query = buildQuery(op, params.query, issues);
  const headers: Record<string, string> = { ...buildHeaders(op, params.headers, issues) };
  addCallHeaders(callHeaders, headers, issues);
  if (issues.length > 0) return undefined;
  const body = op.body?.kind === 'json' ? checked.text : input?.body;
  if (body !== undefined && op.body && !(body instanceof FormData)) headers['Content-Type'] = op.body.mediaType;
  return { method: op.method, target: query ? `${path}?${query}` : path, headers, body };
}
