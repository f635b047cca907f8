import type { Issue } from '@hwc-workspace/validators';

/** Thrown before anything is sent when a request body breaks the spec. */
export class WorkspaceValidationError extends Error {
  readonly operationId: string;
  readonly issues: readonly Issue[];
  constructor(operationId: string, issues: readonly Issue[]) {
    const first = issues[0];
    super(
      `Failed to send ${operationId}: the request body is invalid at ${first?.path || '(root)'}: ${first?.message ?? 'unknown problem'}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '') +
        '. Nothing was sent. Did you check the body against the spec?',
    );
    this.name = 'WorkspaceValidationError';
    this.operationId = operationId;
    this.issues = issues;
  }
}

/** Thrown when the client is set up wrongly (bad region, missing project ID). */
export class WorkspaceConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceConfigError';
  }
}
