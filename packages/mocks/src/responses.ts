import { type Issue, MAX_REPORTED_ISSUES } from '@hwc-workspace/validators';
import type { OperationFixture } from './fixture.js';

let counter = 0;
/** A fresh request id per answer, like the gateway's X-Request-Id. Deterministic within a run. */
export function nextRequestId(): string {
  counter += 1;
  return `mock-${counter.toString(16).padStart(12, '0')}`;
}

const PARAMETER = /^\/(path|query|headers)\//;

/**
 * The body of the documented 400 answer for an invalid request, naming the first issue; at most
 * MAX_REPORTED_ISSUES (20) issues go into error_detail, with the total in error_msg, so a body
 * of a million bad entries gets a small answer.
 */
export function invalidRequestError(issues: readonly Issue[]) {
  const first = issues[0];
  const what = first && PARAMETER.test(first.path) ? 'request' : 'request body';
  const more =
    issues.length > MAX_REPORTED_ISSUES ? ` (${issues.length} issues; the first ${MAX_REPORTED_ISSUES} are in error_detail)` : '';
  return {
    error_code: 'WKS.0001',
    error_msg: `The ${what} is invalid at ${first?.path || '(root)'}: ${first?.message ?? 'unknown problem'}${more}`,
    error_detail: JSON.stringify(issues.slice(0, MAX_REPORTED_ISSUES)),
  };
}

/** The status a valid request is answered with: the one the generator recorded, else 200. */
export function successStatus(fixture: OperationFixture): string {
  return fixture.success ?? '200';
}

/** The named example of a status, or its first one; undefined when the spec has none. */
export function exampleOf(fixture: OperationFixture, status: number | string, name?: string): unknown {
  const examples = fixture.responses[String(status)]?.examples ?? {};
  if (name !== undefined) {
    if (!Object.hasOwn(examples, name)) {
      throw new Error(
        `Failed to pick example "${name}" of ${fixture.operationId} ${status}: no such example. Did you mean one of ${Object.keys(examples).join(', ') || '(none)'}?`,
      );
    }
    return examples[name];
  }
  return Object.values(examples)[0];
}

export function documentedStatuses(fixture: OperationFixture): number[] {
  return Object.keys(fixture.responses)
    .filter((s) => /^\d{3}$/.test(s))
    .map(Number);
}
