import { type Issue, MAX_REPORTED_ISSUES } from '@hwc-workspace/validators';

const UNCERTAIN =
  'The request may have reached the service, so the order may or may not have been placed: look it up before sending again. Nothing was retried.';
const NOT_SENT = 'Nothing was sent: it is safe to send again.';
const LOOKUP = 'The call changes nothing (a lookup or an inquiry): it is safe to repeat.';

/** Base class of everything the client throws. Messages never carry keys, tokens or signatures. */
export class WorkspaceError extends Error {
  readonly operationId: string | undefined;
  constructor(message: string, operationId?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkspaceError';
    this.operationId = operationId;
  }
}

/**
 * Thrown before anything is sent when a request body or parameter breaks the spec. `issues`
 * holds the first MAX_REPORTED_ISSUES (20) problems, `issueCount` how many there were in all.
 */
export class WorkspaceValidationError extends WorkspaceError {
  readonly mayHaveReachedService = false;
  readonly issues: readonly Issue[];
  readonly issueCount: number;
  constructor(operationId: string, issues: readonly Issue[]) {
    const first = issues[0];
    const more = issues.length - 1;
    const capped = issues.length > MAX_REPORTED_ISSUES ? `; the first ${MAX_REPORTED_ISSUES} are in .issues` : '';
    super(
      `Failed to send ${operationId}: the request is invalid at ${first?.path || '(root)'}: ${first?.message ?? 'unknown problem'}` +
        (more > 0 ? ` (and ${more} more issue${more > 1 ? 's' : ''}${capped})` : '') +
        '. Nothing was sent. Did you check the request against the spec?',
      operationId,
    );
    this.name = 'WorkspaceValidationError';
    this.issues = issues.slice(0, MAX_REPORTED_ISSUES);
    this.issueCount = issues.length;
  }
}

/** Thrown when the client is set up wrongly (bad region, missing project ID or credentials). */
export class WorkspaceConfigError extends WorkspaceError {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceConfigError';
  }
}

/**
 * The connection failed or broke (refused, reset, DNS…). `mayHaveReachedService` says whether
 * any byte can have left: false for a refused connection, an unknown host or a header the
 * platform refused; true once the request was on its way (reset, TLS or socket errors after).
 */
export class WorkspaceNetworkError extends WorkspaceError {
  readonly mayHaveReachedService: boolean;
  /**
   * `retried`: set for calls that change nothing (lookups, inquiries), retried that many times
   * (0 for one that was not retried); `why` says why it was not retried more.
   */
  constructor(operationId: string, reason: string, mayHaveReachedService: boolean, retried?: number, why = '') {
    const times = retried === 0 ? 'It was not retried' : `It was retried ${retried} time${retried === 1 ? '' : 's'}`;
    const outcome = retried !== undefined ? `${LOOKUP} ${times}${why}.` : mayHaveReachedService ? UNCERTAIN : NOT_SENT;
    super(`Failed to send ${operationId}: ${reason}. ${outcome}`, operationId);
    this.name = 'WorkspaceNetworkError';
    this.mayHaveReachedService = mayHaveReachedService;
  }
}

/**
 * The service accepted the request (a 2xx) but its answer cannot be used: not JSON, cut short,
 * too large, or (with `validateResponses`) not what the spec describes. The order may well exist:
 * look it up (its job or the Billing Center) before sending again. Not an `error` result,
 * because the service did not refuse anything.
 */
export class WorkspaceUnreadableAnswerError extends WorkspaceError {
  readonly mayHaveReachedService = true;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly response: Response;
  /** `lookup`: the operation is a GET or HEAD, which changes nothing and may simply be repeated. */
  constructor(operationId: string, response: Response, reason: string, lookup = false) {
    super(
      `${operationId} was accepted by the service (${response.status}), but its answer cannot be read: ${reason}. ${lookup ? LOOKUP : 'The order may exist: look it up before sending again.'}`,
      operationId,
    );
    this.name = 'WorkspaceUnreadableAnswerError';
    this.status = response.status;
    this.requestId = response.headers.get('X-Request-Id') ?? undefined;
    this.response = response;
  }
}

/** No complete answer within `timeoutMs`. The request may have reached the server. */
export class WorkspaceTimeoutError extends WorkspaceError {
  readonly mayHaveReachedService = true;
  readonly timeoutMs: number;
  /** `lookup`: the operation changes nothing. `message`: the whole message, for waits made of many calls (waitForJob). */
  constructor(operationId: string, timeoutMs: number, lookup = false, message?: string) {
    super(
      message ??
        `Failed to send ${operationId}: no answer within ${timeoutMs} ms. ${lookup ? LOOKUP : UNCERTAIN} Did you mean to raise timeoutMs?`,
      operationId,
    );
    this.name = 'WorkspaceTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired: before sending (nothing left) or after (it may have arrived). */
export class WorkspaceAbortError extends WorkspaceError {
  readonly mayHaveReachedService: boolean;
  /** `message`: the whole message, for waits made of many calls (waitForJob). */
  constructor(operationId: string, mayHaveReachedService = true, lookup = false, message?: string) {
    super(
      message ??
        `Failed to send ${operationId}: aborted by the caller's signal. ${!mayHaveReachedService ? NOT_SENT : lookup ? LOOKUP : UNCERTAIN}`,
      operationId,
    );
    this.name = 'WorkspaceAbortError';
    this.mayHaveReachedService = mayHaveReachedService;
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

/**
 * A lookup made for the caller (a page of `.all()`, a poll of `waitForJob`) was answered with an
 * error status. It carries the answer like an `error` result would; nothing that buys was resent.
 */
export class WorkspaceLookupError extends WorkspaceError {
  readonly status: number;
  readonly error: WorkspaceErrorBody;
  readonly requestId: string | undefined;
  readonly response: Response;
  constructor(
    operationId: string,
    what: string,
    result: { error: WorkspaceErrorBody; response: Response; requestId: string | undefined },
    note = '',
  ) {
    super(
      `Failed to ${what}: ${operationId} answered ${result.response.status} (${result.error.error_code}: ${result.error.error_msg}).${note ? ` ${note}` : ''}`,
      operationId,
    );
    this.name = 'WorkspaceLookupError';
    this.status = result.response.status;
    this.error = result.error;
    this.requestId = result.requestId;
    this.response = result.response;
  }
}
