/**
 * The examples of a definition (`x-request-examples-<n>` bodies, each response's JSON example)
 * against the spec's schemas, with the validators' own Ajv setup (the generator's createAjv). A
 * body Huawei documents must not be refused: a refusal is drift (`example-refused`, values: the
 * example's name, `x-request-examples-1` or `response 200`) until recorded on the operation, even
 * when the definition's own schema refuses it too (the message says so: one of Huawei's sources
 * contradicts another). Verdicts are kept with the cached spec: a warm run compiles nothing.
 */
import { createHash } from 'node:crypto';
import { ajvSetup, type OperationModel, type SpecModel } from '@hwc-workspace/codegen/spec';
import type { Finding } from './compare.js';
import type { DefOperation, DefSchema } from './definition.js';
import { toOpenApi } from './draft-definition.js';
import type { SpecIndex } from './locate.js';
import { definitionRecords, recordedValues } from './records.js';
import { escapeToken } from './spec-schema.js';

type Json = Record<string, unknown>;
type Validate = ((v: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
type CodegenAjv = {
  createAjv: (model: SpecModel, standalone?: boolean, overrides?: Json) => { getSchema(id: string): Validate | undefined };
  operationSchemaIds: (model: SpecModel, op: OperationModel) => { request?: string; responses: Record<string, string> };
};

/** A verdict: null when the value passes, else the first complaint (`/pointer message`). */
export type Verdicts = Map<string, string | null>;

const complaint = (v: Validate): string => {
  const e = v.errors?.[0];
  return e ? `${e.instancePath || '(root)'} ${e.message ?? 'is refused'}` : 'refused';
};

/** Compiles schemas only when a verdict is not known yet; Ajv itself is loaded on the first miss. */
export class ExampleChecker {
  private loaded?: Promise<{
    codegen: CodegenAjv;
    spec: ReturnType<CodegenAjv['createAjv']>;
    own: { compile(s: object): Validate };
  }>;
  constructor(
    private readonly model: SpecModel,
    readonly verdicts: Verdicts,
  ) {}

  private load() {
    return (this.loaded ??= (async () => {
      const [codegen, { Ajv2020 }] = await Promise.all([ajvSetup() as Promise<CodegenAjv>, import('ajv/dist/2020.js')]);
      return {
        codegen,
        spec: codegen.createAjv(this.model, false, { allErrors: false, inlineRefs: false }),
        own: new Ajv2020({ strict: false, validateFormats: false }),
      };
    })());
  }

  private async verdict(key: string, check: () => Promise<string | null>): Promise<string | null> {
    const id = createHash('sha256').update(key).digest('base64url');
    if (!this.verdicts.has(id)) this.verdicts.set(id, await check());
    return this.verdicts.get(id)!;
  }

  /** The spec's verdict on a request body (no status) or a response body of an operation. */
  spec(op: OperationModel, status: string | undefined, value: unknown): Promise<string | null> {
    return this.verdict(`spec\u0000${op.operationId}\u0000${status ?? ''}\u0000${JSON.stringify(value)}`, async () => {
      const { codegen, spec } = await this.load();
      const ids = codegen.operationSchemaIds(this.model, op);
      const id = status === undefined ? ids.request : ids.responses[status];
      const validate = id ? spec.getSchema(id) : undefined;
      return !validate || validate(value) ? null : complaint(validate);
    });
  }

  /** The definition's own verdict (null too when Ajv cannot compile its schema, e.g. a pattern JavaScript cannot read). */
  definition(op: DefOperation, schema: DefSchema, value: unknown): Promise<string | null> {
    return this.verdict(
      `definition\u0000${JSON.stringify(op.definitions)}\u0000${JSON.stringify(schema)}\u0000${JSON.stringify(value)}`,
      async () => {
        const { own } = await this.load();
        const names = new Map(Object.keys(op.definitions).map((n) => [n, n]));
        const $defs = Object.fromEntries(
          Object.entries(op.definitions).map(([n, s]) => [n, toOpenApi(s, names, false, '#/$defs/')]),
        );
        let validate: Validate;
        try {
          validate = own.compile({ $defs, ...toOpenApi(schema, names, false, '#/$defs/') });
        } catch {
          return null;
        }
        return validate(value) ? null : complaint(validate);
      },
    );
  }
}

/** Each example of a definition against the spec's schema for it (see above). */
export async function exampleFindings(
  op: DefOperation,
  found: OperationModel,
  model: SpecModel,
  index: SpecIndex,
  checker: ExampleChecker,
): Promise<Finding[]> {
  const opNode = (((model.document as Json).paths as Json)[found.path] as Json)[found.method.toLowerCase()];
  const records = definitionRecords(opNode);
  const cases = [
    ...(op.body
      ? op.requestExamples.map((e) => ({
          name: e.name,
          value: e.value,
          schema: op.body!.schema,
          status: undefined,
          at: '/requestBody',
        }))
      : []),
    ...op.responses.flatMap((r) =>
      r.schema && found.responses.some((s) => s.status === r.status)
        ? r.examples.map((e) => ({
            name: `response ${r.status}`,
            value: e.value,
            schema: r.schema!,
            status: r.status,
            at: `/responses/${escapeToken(r.status)}`,
          }))
        : [],
    ),
  ];
  const out: Finding[] = [];
  for (const c of cases) {
    const refused = await checker.spec(found, c.status, c.value);
    if (refused === null) continue;
    const own = await checker.definition(op, c.schema, c.value);
    out.push({
      kind: 'example-refused',
      impact: 'minor',
      message: `the definition's example ${c.name} is refused by the spec: ${refused}${own !== null ? ` (the definition's own schema refuses it too: ${own})` : ''}`,
      where: index.operation(found.path, found.method, c.at),
      known: recordedValues(records, 'example-refused').has(c.name),
      values: [c.name],
    });
  }
  return out;
}
