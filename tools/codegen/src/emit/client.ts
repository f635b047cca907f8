/** Emitter for @hwc-workspace/client: the operation table, regions, and the typed method surface. */
import type { Emitter } from './emitter.js';

export const clientEmitter: Emitter = {
  name: 'client',
  emit(model) {
    const L: string[] = ["import type { Client } from 'openapi-fetch';", "import type { paths } from '@hwc-workspace/types';", "import type { WorkspaceResult } from '../results.js';", ''];
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
    L.push('export type Send = <M extends MethodName>(method: M, body: BodyOf<M>, post: (timeout: AbortSignal) => Promise<RawAnswer>) => Promise<WorkspaceResult<ResultOf<M>>>;', '');
    L.push('/** The typed per-operation surface on an openapi-fetch client. */');
    L.push('export function bindOperations(client: Client<paths>, projectId: string, send: Send) {');
    L.push('  const path = { project_id: projectId };');
    L.push('  return {');
    for (const op of model.operations) {
      L.push(`    /** ${op.summary}. ${op.method} ${op.path} */`);
      L.push(`    ${op.methodName}: (body: BodyOf<'${op.methodName}'>, options: CallOptions = {}) =>`);
      L.push(`      send('${op.methodName}', body, (timeout) =>`);
      L.push(`        client.${op.method}('${op.path}', { params: { path }, body, parseAs: 'text', headers: options.headers, signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout }),`);
      L.push('      ),');
    }
    L.push('  };', '}');
    return new Map([['packages/client/src/generated/operations.ts', L.join('\n')]]);
  },
};
