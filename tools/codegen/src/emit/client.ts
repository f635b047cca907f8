/**
 * Emitter for @hwc-workspace/client: regions, the operation table (method, path, parameters and
 * how each is serialized, media types), and one typed function per operation. Everything about
 * an operation's shape comes from the model; the runtime in packages/client/src sends it.
 */
import type { OperationModel, SpecModel } from '../model.js';
import type { OperationDescriptor } from '../runtime/descriptor.js';
import { runtimeCopy } from '../runtime-copy.js';
import type { Emitter } from './emitter.js';
import { jsonCode } from './escape.js';
import { jsdoc, key, lit, type OperationTypeNames, operationTypeNames } from './names.js';

/** The serializable description of an operation the runtime needs (see OperationDescriptor). */
function descriptor(op: OperationModel): OperationDescriptor {
  return {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    callShape: op.callShape,
    parameters: op.parameters.map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required,
      style: p.style,
      explode: p.explode,
      type: p.valueType,
      ...(p.itemType ? { items: p.itemType } : {}),
      ...(p.allowReserved ? { allowReserved: true } : {}),
      ...(p.filledBy ? { filledBy: p.filledBy } : {}),
    })),
    body: op.body ? { mediaType: op.body.primary.mediaType, kind: op.body.primary.kind, required: op.body.required } : null,
    responses: Object.fromEntries(
      op.responses.map((r) => [r.status, r.primary ? { mediaType: r.primary.mediaType, kind: r.primary.kind } : null]),
    ),
    safe: op.safe,
    ...(op.paging ? { paging: op.paging } : {}),
  };
}

/**
 * The name of an operation's descriptor: a const of its own, so a bundle keeps only the
 * descriptors its functions reach (a reference into the OPERATIONS table would keep them all).
 * Method names are letters and digits, so no method or its `…Validators` import can take it.
 */
const descriptorConst = (methodName: string) => `op_${methodName}`;

/** The type of one item of a pageable operation's answer. */
function itemType(model: SpecModel, op: OperationModel): string | undefined {
  const json = operationTypeNames(model).get(op)?.firstJson;
  return op.paging && json ? `NonNullable<T.${json}[${lit(op.paging.items)}]>[number]` : undefined;
}

/** The job lookups waitForJob uses (JOBS), or undefined when the spec has no ShowJob. */
function jobs(model: SpecModel): string[] {
  const L = ['/** The job lookups `waitForJob` uses: the job itself and, when the spec can list them, its sub-jobs. */'];
  const j = model.jobs;
  const show = j && operationTypeNames(model).get(j.show);
  if (!j || !show) {
    L.push(
      'export type JobData = never;',
      'export type SubJobData = never;',
      'export const JOBS: JobLookups<JobData, SubJobData> | undefined = undefined;',
      '',
    );
    return L;
  }
  const sub = j.subJobs && itemType(model, j.subJobs);
  const field = j.subJobsField && show.firstJson ? `NonNullable<T.${show.firstJson}[${lit(j.subJobsField)}]>[number]` : undefined;
  L.push(`export type JobData = T.${show.data};`);
  L.push(`export type SubJobData = ${sub ?? field ?? 'never'};`);
  L.push('export const JOBS: JobLookups<JobData, SubJobData> | undefined = {');
  L.push(`  operationId: ${lit(j.show.operationId)},`);
  L.push(`  idParameter: ${lit(j.idParameter)},`);
  L.push(`  show: (ctx, jobId, options) => ${j.show.methodName}(ctx, { path: { ${key(j.idParameter)}: jobId } }, options),`);
  if (j.subJobs && sub && j.subJobsFilter) {
    const m = j.subJobs.methodName;
    L.push(`  subJobsOperationId: ${lit(j.subJobs.operationId)},`, `  subJobsFilter: ${lit(j.subJobsFilter)},`);
    L.push(
      `  subJobs: (ctx, jobId, options) => paginate<SubJobData>(${descriptorConst(m)}, (page) => ${m}(ctx, page as T.${operationTypeNames(model).get(j.subJobs)?.input}, options), { query: { ${key(j.subJobsFilter)}: jobId } }),`,
    );
  }
  if (j.subJobsField) L.push(`  subJobsField: ${lit(j.subJobsField)},`);
  L.push('};', '');
  return L;
}

function regions(model: SpecModel): string[] {
  const L = ["/** A region that hosts the service, from the spec's `region` server variable. */"];
  L.push(`export type Region = ${model.regions.length > 0 ? model.regions.map(lit).join(' | ') : 'never'};`);
  L.push('/** The regions that host the service, in the order the spec lists them. */');
  L.push(`export const REGIONS: readonly Region[] = [${model.regions.map(lit).join(', ')}];`);
  L.push(
    `export const DEFAULT_REGION: Region | undefined = ${model.regions.includes(model.defaultRegion) ? lit(model.defaultRegion) : 'undefined'};`,
  );
  L.push('/** Endpoint template; `{region}` is replaced by the region. Empty when the spec names no server. */');
  L.push(`export const SERVER_URL_TEMPLATE: string = ${lit(model.serverUrl)};`, '');
  return L;
}

/** How a method is called: its one argument (body or input), that argument's type, and whether it may be left out. */
function signature(
  op: OperationModel,
  n: OperationTypeNames | undefined,
): { arg: 'body' | 'input'; type: string; optional: boolean; data: string } {
  const data = `T.${n?.data}`;
  if (op.callShape === 'body') return { arg: 'body', type: `T.${n?.body ?? 'OpaqueBody'}`, optional: !op.body?.required, data };
  return {
    arg: 'input',
    type: `T.${n?.input}`,
    optional: !(op.parameters.some((p) => !p.filledBy && p.required) || op.body?.required),
    data,
  };
}

export const clientEmitter: Emitter = {
  name: 'client',
  emit(model) {
    const types = operationTypeNames(model);
    const L: string[] = [
      "import type * as T from '@hwc-workspace/types';",
      model.operations.length > 0
        ? `import { ${model.operations.map((o) => `${o.methodName}Validators`).join(', ')} } from '@hwc-workspace/validators';`
        : '',
      "import type { CallOptions, OperationContext, WorkspaceResult } from '../operation.js';",
      "import type { OperationDescriptor } from './descriptor.js';",
      "import { paginate } from '../paging.js';",
      "import type { JobLookups } from '../wait.js';",
      '',
      ...regions(model),
    ];
    // One property per line: a page change shows up as the lines it changes, not one 800-character line.
    for (const o of model.operations) {
      L.push(...jsdoc([`${o.operationId}: method, path template, parameters and media types, from the spec.`]));
      L.push(`const ${descriptorConst(o.methodName)}: OperationDescriptor = ${jsonCode(descriptor(o), 2)};`, '');
    }
    L.push('/** Each operation: method, path template, parameters and media types, from the spec. */');
    L.push('export const OPERATIONS: { readonly [M in MethodName]: OperationDescriptor } = {');
    for (const o of model.operations) L.push(`  ${o.methodName}: ${descriptorConst(o.methodName)},`);
    L.push('};', '');
    L.push('/** Per method: its path template, what it takes (`input`), its JSON body, and what a success holds (`data`). */');
    L.push('export interface OperationTypes {');
    for (const op of model.operations) {
      const n = types.get(op);
      const input = op.callShape === 'body' ? (n?.body ?? 'OpaqueBody') : (n?.input ?? 'never');
      const item = itemType(model, op);
      L.push(
        `  ${op.methodName}: { path: ${lit(op.path)}; input: T.${input}; body: ${n?.body ? `T.${n.body}` : op.body ? 'T.OpaqueBody' : 'never'}; data: T.${n?.data}${item ? `; item: ${item}` : ''} };`,
      );
    }
    L.push('}', '');
    L.push('export type MethodName = keyof OperationTypes;');
    L.push("export type PathOf<M extends MethodName> = OperationTypes[M]['path'];");
    L.push('/** What a method takes: the body alone, or `{ path, query, headers, body }`. */');
    L.push("export type InputOf<M extends MethodName> = OperationTypes[M]['input'];");
    L.push('/** The request body of a method, from the spec. */');
    L.push("export type BodyOf<M extends MethodName> = OperationTypes[M]['body'];");
    L.push("/** What a method's successful answer holds (`undefined` for a status without a body). */");
    L.push("export type DataOf<M extends MethodName> = OperationTypes[M]['data'];");
    L.push("/** One item of a pageable method's answer (what `.all()` yields). */");
    L.push('export type ItemOf<M extends MethodName> = OperationTypes[M] extends { item: infer I } ? I : never;', '');
    for (const op of model.operations) {
      const { arg, type, optional, data } = signature(op, types.get(op));
      const doc = [
        op.summary,
        op.description?.trim(),
        `\`${op.method} ${op.path}\`${op.deprecated ? ' (deprecated)' : ''}. Import this function alone to bundle only this operation's validators.`,
      ];
      L.push(...jsdoc(op.deprecated ? [...doc, '@deprecated The spec marks this operation as deprecated.'] : doc));
      // A body-only call that may omit its body takes `body?`; an input that may be omitted defaults to `{}`.
      const param = arg === 'body' ? `body${optional ? '?' : ''}: ${type}` : `input: ${type}${optional ? ' = {}' : ''}`;
      L.push(
        `export function ${op.methodName}(ctx: OperationContext, ${param}, options?: CallOptions): Promise<WorkspaceResult<${data}>> {`,
      );
      L.push(
        `  return ctx.send<${data}>(${descriptorConst(op.methodName)}, ${op.methodName}Validators, ${arg === 'body' ? '{ body }' : 'input'}, options);`,
      );
      L.push('}', '');
    }
    L.push('/** Every operation of the spec as a method of one client (see createWorkspaceClient). */');
    L.push('export interface WorkspaceOperations {');
    for (const op of model.operations) {
      const { arg, type, optional, data } = signature(op, types.get(op));
      L.push(
        ...jsdoc(
          [op.summary, op.description?.trim(), `\`${op.method} ${op.path}\``, ...(op.deprecated ? ['@deprecated'] : [])],
          '  ',
        ),
      );
      const call = `(${arg}${optional ? '?' : ''}: ${type}, options?: CallOptions): Promise<WorkspaceResult<${data}>>`;
      if (!itemType(model, op)) {
        L.push(`  ${key(op.methodName)}${call};`);
        continue;
      }
      // A pageable operation is also an object with `.all()`.
      L.push(`  readonly ${key(op.methodName)}: {`, `    ${call};`);
      L.push(
        ...jsdoc(
          [
            `Every item of \`${op.paging?.items}\`, page after page: pages by \`${op.paging?.limit}\` and \`${op.paging?.cursor}\`, and stops on a short or empty page${op.paging?.total ? ` or at \`${op.paging.total}\`` : ''}.`,
          ],
          '    ',
        ),
      );
      L.push(`    all(${arg}?: ${type}, options?: CallOptions): AsyncIterableIterator<ItemOf<${lit(op.methodName)}>>;`, '  };');
    }
    L.push('}', '');
    L.push('/** All operations as methods bound to one context. */');
    L.push('export function bindOperations(ctx: OperationContext): WorkspaceOperations {');
    L.push('  return {');
    for (const op of model.operations) {
      const { arg, type, optional } = signature(op, types.get(op));
      const call = `(${arg}${optional ? '?' : ''}: ${type}, options?: CallOptions) => ${op.methodName}(ctx, ${arg}, options)`;
      const item = itemType(model, op);
      if (!item) {
        L.push(`    ${key(op.methodName)}: ${call},`);
        continue;
      }
      L.push(`    ${key(op.methodName)}: Object.assign(${call}, {`);
      L.push(
        `      all: (${arg}?: ${type}, options?: CallOptions): AsyncIterableIterator<${item}> => paginate<${item}>(${descriptorConst(op.methodName)}, (page) => ${op.methodName}(ctx, page as ${type}, options), ${arg}),`,
      );
      L.push('    }),');
    }
    L.push('  };', '}', '', ...jobs(model));
    return new Map([
      ['packages/client/src/generated/operations.ts', L.join('\n')],
      ['packages/client/src/generated/descriptor.ts', runtimeCopy('descriptor')],
      ['packages/client/src/generated/media.ts', runtimeCopy('media')],
      ['packages/client/src/generated/limit.ts', runtimeCopy('limit')],
    ]);
  },
};
