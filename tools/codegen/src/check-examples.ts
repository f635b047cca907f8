/** Stage 3, check: every named example must satisfy its schema, or generation stops. */
import { SpecError, SpecErrors } from './errors.js';
import { schemaId, sharedAjv } from './ajv-schemas.js';
import type { SpecModel } from './normalize.js';
import { placeOf } from './load.js';

export function checkExamples(model: SpecModel): void {
  const ajv = sharedAjv(model);
  const errors: SpecError[] = [];
  const check = (schemaRef: string | undefined, examples: readonly { name: string; value: unknown; pointer: string }[]) => {
    if (!schemaRef) return;
    const validate = ajv.getSchema(schemaId(schemaRef));
    if (!validate) return;
    for (const ex of examples) {
      if (validate(ex.value)) continue;
      const first = validate.errors?.[0];
      errors.push(
        new SpecError(
          placeOf(model.entry, model.entrySource, ex.pointer),
          `example "${ex.name}" does not match schema ${schemaRef}: ${first?.instancePath || '(root)'} fails ${first?.keyword} ${JSON.stringify(first?.params ?? {})}`,
        ),
      );
    }
  };
  for (const op of model.operations) {
    check(op.requestSchemaRef, op.requestExamples);
    for (const r of op.responses) check(r.schemaRef, r.examples);
  }
  if (errors.length > 0) throw new SpecErrors(errors);
}
