/** Emitter for @hwc-workspace/types: openapi-typescript output plus readable named exports. */
import { createRequire } from 'node:module';
import type { Emitter } from './emitter.js';

// openapi-typescript's CommonJS build: it then loads TypeScript with require(). Its ES build
// imports TypeScript as ESM, and Node scans the 9 MB CommonJS file for named exports first
// (cjs-module-lexer): measured ~470 ms of a ~1.8 s regeneration on the CI machine type.
const { default: openapiTS, astToString } = createRequire(import.meta.url)('openapi-typescript') as typeof import('openapi-typescript');

export const typesEmitter: Emitter = {
  name: 'types',
  async emit(model) {
    const ast = await openapiTS(model.document as never, { alphabetize: false, exportType: false, defaultNonNullable: false });
    const base = astToString(ast);
    const named: string[] = ['', '// Named exports: one per component schema.'];
    for (const name of Object.keys(model.schemas)) named.push(`export type ${name} = components['schemas']['${name}'];`);
    named.push('', '// Per operation: the JSON request body, the 200 body, and the union of documented error bodies.');
    named.push(`export type OperationId = keyof operations;`);
    for (const op of model.operations) {
      const id = op.operationId;
      named.push(`export type ${id}Body = NonNullable<operations['${id}']['requestBody']>['content']['application/json'];`);
      const ok = op.responses.find((r) => r.status >= 200 && r.status < 300);
      if (ok) named.push(`export type ${id}Result = operations['${id}']['responses'][${ok.status}]['content']['application/json'];`);
      const errors = op.responses.filter((r) => r.status >= 400).map((r) => r.status);
      named.push(`export type ${id}ErrorStatus = ${errors.join(' | ') || 'never'};`);
    }
    return new Map([['packages/types/src/generated/openapi.ts', `${base}${named.join('\n')}\n`]]);
  },
};
