/** Emitter for @hwc-workspace/mocks: every operation's route, examples and documented statuses. */
import type { Emitter } from './emitter.js';
import { jsonCode } from './escape.js';

function routeOf(path: string): string {
  let i = 0;
  return path.replace(/\{[^}]+\}/g, () => `:p${i++}`);
}

export const mocksEmitter: Emitter = {
  name: 'mocks',
  emit(model) {
    const fixtures = model.operations.map((op) => ({
      operationId: op.operationId,
      methodName: op.methodName,
      method: op.method,
      path: op.path,
      // MSW path syntax, with placeholders that are always valid names (`{job-id}` → `:p0`);
      // the mocks read parameter values from the URL by the spec's own names.
      route: routeOf(op.path),
      discriminator: op.discriminator ?? null,
      requestExamples: Object.fromEntries(op.requestExamples.map((e) => [e.name, e.value])),
      responses: Object.fromEntries(
        op.responses.map((r) => [
          r.status,
          { description: r.description, mediaType: r.primary?.mediaType ?? null, examples: Object.fromEntries(r.examples.map((e) => [e.name, e.value])) },
        ]),
      ),
    }));
    const L = [
      "import type { OperationFixture } from '../fixture.js';",
      '',
      '/** Routes, named examples and documented statuses of every operation, from the spec. */',
      `export const FIXTURES = ${jsonCode(Object.fromEntries(fixtures.map((f) => [f.methodName, f])), 2)} as const satisfies Record<string, OperationFixture>;`,
    ];
    return new Map([['packages/mocks/src/generated/fixtures.ts', L.join('\n')]]);
  },
};
