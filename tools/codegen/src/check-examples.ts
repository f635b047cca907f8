/**
 * Stage 3, check: every named example must satisfy its schema. One that does not is a warning
 * naming its place, and it is left out of the model (so out of the mocks and the docs' code
 * samples); with `strict` (`--strict-examples`, which this repository's own scripts use) it stops
 * generation instead.
 */

import { operationSchemaIds, shareAjv, sharedAjv } from './ajv-schemas.js';
import { SpecError, SpecErrors } from './errors.js';
import type { ExampleModel, MediaModel, OperationModel, ResponseModel, SpecModel } from './model.js';
import { placeOf } from './positions.js';

/** Every example that does not match its schema, as a problem at its place (with its pointer). */
export function exampleProblems(model: SpecModel): (SpecError & { readonly pointer: string })[] {
  const ajv = sharedAjv(model);
  const problems: (SpecError & { pointer: string })[] = [];
  const check = (id: string | undefined, label: string, examples: readonly ExampleModel[]) => {
    const validate = id && examples.length > 0 ? ajv.getSchema(id) : undefined;
    if (!validate) return;
    for (const ex of examples) {
      if (validate(ex.value)) continue;
      const first = validate.errors?.[0];
      const message = `example "${ex.name}" does not match schema ${label}: ${first?.instancePath || '(root)'} fails ${first?.keyword} ${JSON.stringify(first?.params ?? {})}`;
      problems.push(
        Object.assign(new SpecError(placeOf(model.entry, model.entrySource, ex.pointer), message), { pointer: ex.pointer }),
      );
    }
  };
  for (const op of model.operations) {
    const ids = operationSchemaIds(model, op);
    const body = op.body?.primary;
    check(ids.request, body?.schemaRef ?? `of the ${op.operationId} request body`, body?.examples ?? []);
    for (const r of op.responses)
      check(ids.responses[r.status], r.schemaRef ?? `of the ${op.operationId} ${r.status} response`, r.examples);
  }
  return problems;
}

/** The model without the examples at `pointers`. */
function withoutExamples(model: SpecModel, pointers: ReadonlySet<string>): SpecModel {
  const keep = (examples: readonly ExampleModel[]) => examples.filter((e) => !pointers.has(e.pointer));
  const media = (m: MediaModel): MediaModel => ({ ...m, examples: keep(m.examples) });
  const response = (r: ResponseModel): ResponseModel => ({
    ...r,
    examples: keep(r.examples),
    media: r.media.map(media),
    ...(r.primary ? { primary: media(r.primary) } : {}),
  });
  const operation = (op: OperationModel): OperationModel => ({
    ...op,
    requestExamples: keep(op.requestExamples),
    responses: op.responses.map(response),
    ...(op.body ? { body: { ...op.body, primary: media(op.body.primary), media: op.body.media.map(media) } } : {}),
  });
  const derived = { ...model, operations: model.operations.map(operation) };
  shareAjv(model, derived);
  return derived;
}

/**
 * Checks every example. Strict: throws SpecErrors for any that fails. Otherwise: the model
 * without the failing examples, `dropped` (their pointers, for the docs to leave them out too),
 * and a warning per failure (`file:line: example … does not match …`) plus one naming the flag.
 */
export function checkExamples(
  model: SpecModel,
  { strict = false }: { strict?: boolean } = {},
): { model: SpecModel; warnings: string[]; dropped: string[] } {
  const problems = exampleProblems(model);
  if (problems.length === 0) return { model, warnings: [], dropped: [] };
  if (strict) throw new SpecErrors(problems);
  const dropped = problems.map((p) => p.pointer);
  const warnings = problems.map((p) => `${p.message}; left out of the mocks and docs`);
  const count =
    problems.length === 1
      ? '1 example did not match its schema and was'
      : `${problems.length} examples did not match their schemas and were`;
  warnings.push(`${model.entry}: ${count} left out; --strict-examples makes that an error.`);
  return { model: withoutExamples(model, new Set(dropped)), warnings, dropped };
}
