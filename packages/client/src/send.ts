/**
 * One operation call, step by step: prepare (prepare.ts: snapshot, validate, serialize; pure) →
 * the IAM project lookup when the path needs it (only for a valid call, before anything is sent) →
 * dispatch (dispatch.ts: timeout, retries by operation, no redirects, size cap), which authorizes
 * each attempt (authorize.ts) → result (results.ts).
 */
import type { OperationValidators, RequestInput } from '@hwc-workspace/validators';
import { type DispatchConfig, dispatch } from './dispatch.js';
import { WorkspaceValidationError } from './errors.js';
import type { OperationDescriptor } from './generated/descriptor.js';
import type { CallOptions, Send } from './operation.js';
import { check, serialize } from './prepare.js';
import { toResult } from './results.js';

export interface SenderConfig extends DispatchConfig {
  /** The project ID, or the promise of the IAM lookup that finds it. */
  readonly project: () => string | Promise<string>;
  readonly validate: boolean;
  readonly validateResponses: boolean;
}

export function createSender(config: SenderConfig): Send {
  return async <D>(op: OperationDescriptor, validators: OperationValidators, input: RequestInput, call: CallOptions = {}) => {
    const checked = check(op, validators, input, config.validate);
    // Looked up in IAM once, only for a valid call and before any of it is sent (a failed lookup throws
    // here); an invalid call throws below with a stand-in that adds no issue of its own.
    const fills = op.parameters.some((p) => p.filledBy === 'projectId');
    const known = !fills ? undefined : checked.issues.length === 0 ? config.project() : 'project';
    const projectId = typeof known === 'object' ? await known : known;
    const prepared = serialize(op, checked, projectId, call.headers, input);
    if (!prepared) throw new WorkspaceValidationError(op.operationId, checked.issues);
    return dispatch(config, op, prepared, call.signal, (answer) =>
      toResult<D>(op, validators, answer, config.validateResponses, config.scrub),
    );
  };
}
