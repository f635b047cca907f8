/** Emitter for @hwc-workspace/client: the operation table, regions, and the typed method surface. */
import type { Emitter } from './emitter.js';

export const clientEmitter: Emitter = {
  name: 'client',
  emit(model) {
    const L: string[] = [
      "import type { Client } from 'openapi-fetch';",
      "import type { paths } from '@hwc-workspace/types';",
      `import { ${model.operations.map((o) => `${o.methodName}Validators`).join(', ')}, type OperationValidators } from '@hwc-workspace/validators';`,
      "import type { WorkspaceResult } from '../results.js';",
      '',
    ];
    L.push('/** The regions that host Workspace, from the spec\'s server variable. */');
    L.push(`export const REGIONS = ${JSON.stringify(model.regions)} as const;`);
    L.push('export type Region = (typeof REGIONS)[number];');
    L.push(`export const DEFAULT_REGION: Region = '${model.defaultRegion}';`);
    L.push(`/** Endpoint template; \`{region}\` is replaced by the region. */`);
    L.push(`export const SERVER_URL_TEMPLATE = '${model.serverUrl}';`, '');
    L.push('/** Each operation: its client method name, HTTP method and path template. */');
    L.push('export const OPERATIONS = {');
    for (const op of model.operations) {
      L.push(`  ${op.methodName}: { operationId: '${op.operationId}', method: '${op.method}', path: '${op.path}' },`);
    }
    L.push('} as const;', '');
    L.push('export type MethodName = keyof typeof OPERATIONS;');
    L.push('export type PathOf<M extends MethodName> = (typeof OPERATIONS)[M][\'path\'];');
    L.push('/** The JSON request body of a method, from the spec. */');
    L.push("export type BodyOf<M extends MethodName> = NonNullable<paths[PathOf<M>]['post']['requestBody']>['content']['application/json'];");
    L.push('/** The JSON body of a method\'s 200 answer, from the spec. */');
    L.push("export type ResultOf<M extends MethodName> = paths[PathOf<M>]['post']['responses'][200]['content']['application/json'];");
    L.push('', '/** Per-call options: an AbortSignal and extra headers. */');
    L.push('export interface CallOptions {', '  readonly signal?: AbortSignal;', '  readonly headers?: Record<string, string>;', '}', '');
    L.push('/** What openapi-fetch answers with `parseAs: \'text\'`. */');
    L.push('export interface RawAnswer {', '  readonly data?: unknown;', '  readonly error?: unknown;', '  readonly response: Response;', '}', '');
    L.push('/** Sends one operation once; the wrapper validates, times out and types the answer around `post`. */');
    L.push('export type Send = <M extends MethodName>(method: M, validators: OperationValidators, body: BodyOf<M>, post: (timeout: AbortSignal) => Promise<RawAnswer>) => Promise<WorkspaceResult<ResultOf<M>>>;', '');
    L.push('/** What the per-operation functions need: the openapi-fetch client, the project, and the sender. */');
    L.push('export interface OperationContext {', '  readonly raw: Client<paths>;', '  readonly projectId: string;', '  readonly send: Send;', '}', '');
    for (const op of model.operations) {
      L.push(`/** ${op.summary}. ${op.method} ${op.path}. Import it alone to bundle only this operation's validator. */`);
      L.push(`export function ${op.methodName}(ctx: OperationContext, body: BodyOf<'${op.methodName}'>, options: CallOptions = {}) {`);
      L.push(`  return ctx.send('${op.methodName}', ${op.methodName}Validators, body, (timeout) =>`);
      L.push(`    ctx.raw.${op.method}('${op.path}', { params: { path: { project_id: ctx.projectId } }, body, parseAs: 'text', headers: options.headers, signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout }),`);
      L.push('  );', '}', '');
    }
    L.push('/** All operations as methods bound to one context. */');
    L.push('export function bindOperations(ctx: OperationContext) {');
    L.push('  return {');
    for (const op of model.operations) {
      L.push(`    ${op.methodName}: (body: BodyOf<'${op.methodName}'>, options?: CallOptions) => ${op.methodName}(ctx, body, options),`);
    }
    L.push('  };', '}');
    return new Map([['packages/client/src/generated/operations.ts', L.join('\n')]]);
  },
};
