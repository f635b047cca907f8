/** Emitter for @hwc-workspace/mocks: every operation's route, examples and documented statuses. */
import { type OperationModel, successResponses } from '../model.js';
import { runtimeCopy } from '../runtime-copy.js';
import type { Emitter } from './emitter.js';
import { jsonCode } from './escape.js';
import { key, lit } from './names.js';

function routeOf(path: string): string {
  let i = 0;
  return path.replace(/\{[^}]+\}/g, () => `:p${i++}`);
}

const union = (members: readonly string[]): string => (members.length > 0 ? members.join(' | ') : 'never');

/** The example names of the success (2xx, 2XX) answers. */
function successExampleNames(op: OperationModel): string[] {
  return [...new Set(op.responses.filter((r) => r.status.startsWith('2')).flatMap((r) => r.examples.map((e) => e.name)))];
}

/** The documented error statuses written as numbers (`4XX` and `default` name no one status). */
function errorStatuses(op: OperationModel): string[] {
  return op.responses.filter((r) => /^[45]\d\d$/.test(r.status)).map((r) => r.status);
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
      // The generator's rules, not the mocks': which status a valid request is answered with, and each answer's media kind.
      success: successResponses(op)[0]?.status ?? null,
      responses: Object.fromEntries(
        op.responses.map((r) => [
          r.status,
          {
            description: r.description,
            mediaType: r.primary?.mediaType ?? null,
            kind: r.primary?.kind ?? null,
            examples: Object.fromEntries(r.examples.map((e) => [e.name, e.value])),
          },
        ]),
      ),
    }));
    const L = [
      "import type { OperationFixture } from '../fixture.js';",
      '',
      '/** Per method: the names of the examples of its success answers, and its documented error statuses. */',
      'export interface FixtureTypes {',
      ...model.operations.map(
        (op) =>
          `  ${key(op.methodName)}: { examples: ${union(successExampleNames(op).map(lit))}; errorStatus: ${union(errorStatuses(op))} };`,
      ),
      '}',
      '',
      '/** Routes, named examples and documented statuses of every operation, from the spec. */',
      `export const FIXTURES: { readonly [M in keyof FixtureTypes]: OperationFixture } = ${jsonCode(Object.fromEntries(fixtures.map((f) => [f.methodName, f])), 2)};`,
    ];
    return new Map([
      ['packages/mocks/src/generated/fixtures.ts', L.join('\n')],
      ['packages/mocks/src/generated/media.ts', runtimeCopy('media')],
    ]);
  },
};
