import type { Issue } from '@hwc-workspace/validators';

const UNCERTAIN = 'The order may or may not have been placed: look it up before sending again. Nothing was retried.';

/** Base class of everything the client throws. Messages never carry keys, tokens or signatures. */
export class WorkspaceError extends Error {
  readonly operationId: string | undefined;
  constructor(message: string, operationId?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkspaceError';
    this.operationId = operationId;
  }
}

/** Thrown before anything is sent when a request body or parameter breaks the spec. */
export class WorkspaceValidationError extends WorkspaceError {
  readonly issues: readonly Issue[];
  constructor(operationId: string, issues: readonly Issue[]) {
    const first = issues[0];
    super(
      `Failed to send ${operationId}: the request is invalid at ${first?.path || '(root)'}: ${first?.message ?? 'unknown problem'}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '') +
        '. Nothing was sent. Did you check the request against the spec?',
      operationId,
    );
    this.name = 'WorkspaceValidationError';
    this.issues = issues;
  }
}

/** Thrown when the client is set up wrongly (bad region, missing project ID or credentials). */
export class WorkspaceConfigError extends WorkspaceError {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceConfigError';
  }
}

/** The connection failed or broke (refused, reset, DNS...). The request may have reached the server. */
export class WorkspaceNetworkError extends WorkspaceError {
  /** `retried`: set for lookups (GET, HEAD), which change nothing and were retried that many times. */
  constructor(operationId: string, reason: string, retried?: number) {
    super(`Failed to send ${operationId}: ${reason}. ${retried === undefined ? UNCERTAIN : `A lookup changes nothing; it was retried ${retried} time${retried === 1 ? '' : 's'}.`}`, operationId);
    this.name = 'WorkspaceNetworkError';
  }
}

/** No complete answer within `timeoutMs`. The request may have reached the server. */
export class WorkspaceTimeoutError extends WorkspaceError {
  readonly timeoutMs: number;
  constructor(operationId: string, timeoutMs: number) {
    super(`Failed to send ${operationId}: no answer within ${timeoutMs} ms. ${UNCERTAIN} Did you mean to raise timeoutMs?`, operationId);
    this.name = 'WorkspaceTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired. The request may have reached the server. */
export class WorkspaceAbortError extends WorkspaceError {
  constructor(operationId: string) {
    super(`Failed to send ${operationId}: aborted by the caller's signal. ${UNCERTAIN}`, operationId);
    this.name = 'WorkspaceAbortError';
  }
}

/** The error body of a failed call: Huawei's four fields, also when the client had to make it up. */
export interface WorkspaceErrorBody {
  readonly error_code: string;
  readonly error_msg: string;
  readonly error_detail?: string;
  readonly encoded_authorization_message?: string;
  readonly [key: string]: unknown;
}
