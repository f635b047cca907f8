/** Operations and their validators described by hand, as the generator would emit them (a test helper). */
import type { CompiledValidator, OperationValidators } from '@hwc-workspace/validators';
import type { OperationDescriptor, ParameterDescriptor } from '../src/index.js';

type AjvErrors = NonNullable<CompiledValidator['errors']>;

/** An optional string parameter with OpenAPI's defaults for its place (`form`, exploded, in the query; `simple` elsewhere). */
export const param = (
  name: string,
  where: ParameterDescriptor['in'],
  extra: Partial<ParameterDescriptor> = {},
): ParameterDescriptor => ({
  name,
  in: where,
  required: false,
  style: where === 'query' ? 'form' : 'simple',
  explode: where === 'query',
  type: 'string',
  ...extra,
});

/** An operation's validators: nothing checked but what `given` sets. */
export const validatorsOf = (
  op: Pick<OperationDescriptor, 'operationId' | 'callShape'>,
  given: Partial<OperationValidators> = {},
): OperationValidators => ({
  operationId: op.operationId,
  callShape: op.callShape,
  request: undefined,
  parameters: undefined,
  responses: {},
  hints: {},
  ...given,
});

/** A validator that behaves like Ajv's standalone code: `errors` set by each call, null when `check` finds none. */
export function validator(check: (data: unknown) => AjvErrors): CompiledValidator {
  const run: CompiledValidator = (data: unknown) => {
    const errors = check(data);
    run.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  run.errors = null;
  return run;
}
