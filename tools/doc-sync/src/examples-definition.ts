/**
 * Checkers for the examples of a definition (`x-request-examples-<n>` bodies, each response's
 * JSON example): the spec's schemas with the validators' own Ajv setup (the generator's
 * createAjv), and the definition's own schema (Huawei's examples do not always fit it: a boolean
 * written as "true,"), so that a report can say which source contradicts which.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { OperationModel, SpecModel } from '@hwc-workspace/codegen';
import type { DefOperation, DefSchema } from './definition.js';
import { toOpenApi } from './draft-definition.js';

/** undefined when the value passes; else the first complaint, `/pointer message`. */
export type ExampleCheck = (value: unknown) => string | undefined;

export interface ExampleCheckers {
  /** The spec's request body (no status) or response schema of an operation, when it has one. */
  spec(op: OperationModel, status?: string): ExampleCheck | undefined;
  /** The definition's own schema. */
  definition(op: DefOperation, schema: DefSchema): ExampleCheck | undefined;
}

interface AjvLike {
  getSchema(id: string): ((v: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } | undefined;
}
type CodegenAjv = { createAjv: (model: SpecModel) => AjvLike; operationSchemaIds: (op: OperationModel) => { request?: string; responses: Record<string, string> } };

const complaint = (errors: readonly { instancePath: string; message?: string }[] | null | undefined): string => {
  const e = errors?.[0];
  return e ? `${e.instancePath || '(root)'} ${e.message ?? 'is refused'}` : 'refused';
};

/** Loads the generator's Ajv setup (from its dist, as run.ts loads the loader) once per run. */
export async function exampleCheckers(model: SpecModel, codegenDist: URL): Promise<ExampleCheckers> {
  const mod = (await import(new URL('ajv-schemas.js', codegenDist).href)) as CodegenAjv;
  let ajv: AjvLike | undefined;
  const own = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
  const compiled = new Map<string, ExampleCheck | undefined>();
  return {
    spec(op, status) {
      ajv ??= mod.createAjv(model);
      const ids = mod.operationSchemaIds(op);
      const id = status === undefined ? ids.request : ids.responses[status];
      const validate = id ? ajv.getSchema(id) : undefined;
      return validate ? (v) => (validate(v) ? undefined : complaint(validate.errors)) : undefined;
    },
    definition(op, schema) {
      const key = `${op.name}\u0000${schema.pointer}`;
      if (compiled.has(key)) return compiled.get(key);
      const names = new Map(Object.keys(op.definitions).map((n) => [n, n]));
      const $defs = Object.fromEntries(Object.entries(op.definitions).map(([n, s]) => [n, toOpenApi(s, names, false, '#/$defs/')]));
      let check: ExampleCheck | undefined;
      try {
        const validate = own.compile({ $defs, ...toOpenApi(schema, names, false, '#/$defs/') });
        check = (v) => (validate(v) ? undefined : complaint(validate.errors));
      } catch {
        check = undefined; // a schema Ajv cannot compile (a pattern JavaScript cannot read) checks nothing
      }
      compiled.set(key, check);
      return check;
    },
  };
}
