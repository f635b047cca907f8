import { toIssues } from './issues.js';
import type { CompiledValidator, Issue, OperationValidators } from './types.js';

export interface ValidateOptions {
  /** Accept properties the spec does not know (they are reported as issues by default). */
  readonly allowUnknownProperties?: boolean;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const UNKNOWN = new Set(['additionalProperties', 'unevaluatedProperties']);

/** Runs one compiled validator and reports plain-English issues at JSON pointers. */
export function runValidator<T>(
  validate: CompiledValidator | undefined,
  body: unknown,
  options?: ValidateOptions,
  hints?: Readonly<Record<string, string>>,
): ValidationResult<T> {
  // The valid path allocates only the result: it runs before every order is sent.
  let valid: boolean;
  try {
    valid = validate === undefined || validate(body);
  } catch (error) {
    // A recursive schema checks nesting by recursion: input nested deeper than the stack allows
    // is refused as an issue instead of a crash.
    if (error instanceof RangeError)
      return { ok: false, issues: [{ path: '', message: 'is nested too deeply to be checked', keyword: 'depth' }] };
    throw error;
  }
  if (valid) return { ok: true, value: body as T };
  let issues = toIssues(validate?.errors ?? [], hints);
  if (options?.allowUnknownProperties) issues = issues.filter((i) => !UNKNOWN.has(i.keyword));
  return issues.length === 0 ? { ok: true, value: body as T } : { ok: false, issues };
}

/** Checks a request body with an operation's validators. */
export function checkRequest<T>(validators: OperationValidators, body: unknown, options?: ValidateOptions): ValidationResult<T> {
  return runValidator<T>(validators.request, body, options, validators.hints);
}

/** A request as the client sends it: parameters by location, and the body. */
export interface RequestInput {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

/**
 * Checks a whole request `{ path, query, headers, body }`: parameter issues at `/path/<name>`,
 * `/query/<name>`, `/headers/<name>`; body issues at their pointers inside the body, as
 * checkRequest reports them.
 */
export function checkInput<T>(validators: OperationValidators, input: unknown, options?: ValidateOptions): ValidationResult<T> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      issues: [{ path: '', message: 'must be an object with path, query, headers and body', keyword: 'type' }],
    };
  }
  const { body, ...parameters } = input as RequestInput;
  const issues: Issue[] = [];
  // A location left out is an empty one, without a prototype: a missing required parameter is
  // reported at `/headers/<name>` (not as a missing `/headers`), and one named `toString` or
  // `constructor` is absent, not inherited.
  const located = {
    ...parameters,
    path: parameters.path ?? Object.create(null),
    query: parameters.query ?? Object.create(null),
    headers: parameters.headers ?? Object.create(null),
  };
  const params = runValidator(validators.parameters, located, options, validators.hints);
  if (!params.ok) issues.push(...params.issues);
  if (body !== undefined || validators.request !== undefined) {
    const checked = runValidator(validators.request, body, options, validators.hints);
    if (!checked.ok) issues.push(...checked.issues);
  }
  return issues.length === 0 ? { ok: true, value: input as T } : { ok: false, issues };
}

/**
 * The key of a table keyed by documented status (as OpenAPI writes them) that answers `status`:
 * the exact code, else its range (`4XX`), else `default`. Own keys only; undefined when none does.
 */
export function statusKey(table: Readonly<Record<string, unknown>>, status: number): string | undefined {
  return [String(status), `${String(status).charAt(0)}XX`, 'default'].find((key) => Object.hasOwn(table, key));
}

/**
 * The entry of a table keyed by documented status that answers `status` (see statusKey); a key
 * that holds null (a documented status without a body) still counts as found.
 */
export function byStatus<T>(table: Readonly<Record<string, T>>, status: number): T | undefined {
  const key = statusKey(table, status);
  return key === undefined ? undefined : table[key];
}

/**
 * Checks a response body against the schema of its status. Responses are open: unknown
 * properties pass. A status the spec does not document gives an issue at the root; so does a body
 * (anything but `undefined`) for a status documented without one. A status whose body is not JSON
 * (or has no schema) accepts any body.
 */
export function checkResponse<T>(validators: OperationValidators, status: number, body: unknown): ValidationResult<T> {
  const key = statusKey(validators.responses, status);
  if (key === undefined) {
    const documented = Object.keys(validators.responses).join(', ');
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `status ${status} is not documented for ${validators.operationId} (documented: ${documented})`,
          keyword: 'status',
        },
      ],
    };
  }
  const validate = validators.responses[key];
  if (validate === null) {
    if (body === undefined) return { ok: true, value: body as T };
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `must be absent: ${validators.operationId} documents status ${key} without a body`,
          keyword: 'body',
        },
      ],
    };
  }
  return runValidator<T>(validate, body, undefined, validators.hints);
}
