/** Stage 3, check: every named example must satisfy its schema, or generation stops. */
import { SpecError, SpecErrors } from './errors.js';
import { operationSchemaIds, sharedAjv } from './ajv-schemas.js';
import type { ExampleModel, SpecModel } from './model.js';
import { placeOf } from './load.js';

export function checkExamples(model: SpecModel): void {
  const ajv = sharedAjv(model);
  const errors: SpecError[] = [];
  const check = (id: string | undefined, label: string, examples: readonly ExampleModel[]) => {
    const validate = id && examples.length > 0 ? ajv.getSchema(id) : undefined;
    if (!validate) return;
    for (const ex of examples) {
      if (validate(ex.value)) continue;
      const first = validate.errors?.[0];
      errors.push(
        new SpecError(
          placeOf(model.entry, model.entrySource, ex.pointer),
          `example "${ex.name}" does not match schema ${label}: ${first?.instancePath || '(root)'} fails ${first?.keyword} ${JSON.stringify(first?.params ?? {})}`,
        ),
      );
    }
  };
  for (const op of model.operations) {
    const ids = operationSchemaIds(model, op);
    const body = op.body?.primary;
    check(ids.request, body?.schemaRef ?? `of the ${op.operationId} request body`, body?.examples ?? []);
    for (const r of op.responses) check(ids.responses[r.status], r.schemaRef ?? `of the ${op.operationId} ${r.status} response`, r.examples);
  }
  if (errors.length > 0) throw new SpecErrors(errors);
}
