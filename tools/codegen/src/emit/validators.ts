/**
 * Emitter for @hwc-workspace/validators: Ajv standalone code, one module per operation, so that
 * no schema is compiled when a user imports the package and bundlers keep only what is used.
 */
import { createRequire } from 'node:module';
import { FORMATS, LINEAR_MODULE, operationSchemaIds, releaseAjv, schemaId, sharedAjv } from '../ajv-schemas.js';
import type { OperationModel, SpecModel } from '../model.js';
import { pascalCase } from '../names.js';
import { runtimeCopy } from '../runtime-copy.js';
import { workerSlot } from '../thread.js';
import type { Emitter } from './emitter.js';
import { jsonCode } from './escape.js';
import { operationHints } from './hints.js';
import { jsdoc, key, lit, operationTypeNames } from './names.js';
import { multiExportCode } from './standalone.js';

const DIR = 'packages/validators/src/generated';

/** Where the compiled code's run-time helpers come from: Ajv's from small hand-written twins (no Ajv at run time), the formats and the linear-time engine from modules generated beside it. */
const RUNTIME: Record<string, { from: string; name: string }> = {
  'ajv/dist/runtime/ucs2length': { from: '../runtime.js', name: 'ucs2length' },
  'ajv/dist/runtime/equal': { from: '../runtime.js', name: 'equal' },
  './formats.js': { from: './formats.js', name: 'formats' },
  [LINEAR_MODULE]: { from: './linear.js', name: 'linearTest' },
};

/**
 * Ajv gathers the errors of a referenced schema with `vErrors = vErrors.concat(validateN.errors)`,
 * which copies every error so far at each failing call: a body with thousands of failing array
 * items cost seconds. Appending in place gives the same list in linear time (each callee's
 * `errors` is a fresh array of its own call, so nothing the caller holds is aliased twice).
 */
function appendErrorsInPlace(code: string): string {
  return code.replace(
    /vErrors = vErrors === null \? (\w+)\.errors : vErrors\.concat\(\1\.errors\);/g,
    (_m: string, fn: string) =>
      `if (vErrors === null) vErrors = ${fn}.errors; else for (const e of ${fn}.errors) vErrors.push(e);`,
  );
}

/** Ajv's standalone code uses require() even in ESM mode; turn each into a hoisted named import. */
function toEsm(code: string): string {
  const imports = new Map<string, string>();
  const body = appendErrorsInPlace(code).replace(
    /require\("([^"]+)"\)(?:\.default|\.formats|\.linearTest)?/g,
    (_m: string, spec: string) => {
      const target = RUNTIME[spec];
      if (!target) throw new Error(`unexpected runtime import ${spec} in generated validator`);
      imports.set(target.name, target.from);
      return target.name;
    },
  );
  const head = [...imports.entries()].sort().map(([name, from]) => `import { ${name} } from '${from}';`);
  // Ajv exports each entry as `export const name = validateN;`, whose declaration would carry Ajv's
  // internal signature (parentData, dynamicAnchors…) into the .d.ts that consumers type-check. Give
  // each export the package's own CompiledValidator type instead, so the file's @ts-nocheck stays
  // out of what consumers read.
  const typed = body.replace(
    /^export const (\w+) = (validate\d+);$/gm,
    (_m: string, name: string, fn: string) => `export const ${name}: CompiledValidator = ${fn} as unknown as CompiledValidator;`,
  );
  return `${head.join('\n')}\n${typed.replace(/^"use strict";/, '')}`;
}

const COMPONENT_NAMES = new WeakMap<SpecModel, Map<string, string>>();
/**
 * Ajv id of each component schema → the name of its raw validator in compiled.ts: `ajv<Type>`,
 * never `validate…`, which names the typed per-operation functions of index.ts
 * (`validateCreateOrderRequest(body, options)` vs the schema CreateOrderRequest's `ajvCreateOrderRequest`).
 */
function componentValidatorNames(model: SpecModel): Map<string, string> {
  let names = COMPONENT_NAMES.get(model);
  if (!names) {
    names = new Map(Object.entries(model.schemaTypeNames).map(([name, typeName]) => [schemaId(name), `ajv${typeName}`]));
    COMPONENT_NAMES.set(model, names);
  }
  return names;
}

/** The names each operation's validators have in compiled.ts, by the Ajv id they compile. */
interface OperationNames {
  readonly request: string;
  readonly parameters: string;
  readonly responses: string[];
}

/** One name per distinct Ajv id across every operation: a component keeps its own, an inline schema is named after its operation. */
function validatorNames(model: SpecModel): { byId: Map<string, string>; byOperation: Map<OperationModel, OperationNames> } {
  const byId = new Map<string, string>();
  const components = componentValidatorNames(model);
  const refName = (op: OperationModel, id: string, inline: string): string => {
    if (!byId.has(id)) byId.set(id, components.get(id) ?? `ajvInline${op.typeName}${inline}`);
    return byId.get(id) as string;
  };
  const byOperation = new Map<OperationModel, OperationNames>();
  for (const op of model.operations) {
    const ids = operationSchemaIds(model, op);
    byOperation.set(op, {
      request: ids.request ? refName(op, ids.request, 'Request') : 'undefined',
      parameters: ids.parameters ? refName(op, ids.parameters, 'Parameters') : 'undefined',
      // Every documented status: its validator, null without a body, undefined for a body that is not JSON.
      responses: op.responses.map((r) => {
        const id = ids.responses[r.status];
        return `${lit(r.status)}: ${id ? refName(op, id, `Response${pascalCase(r.status)}`) : r.primary ? 'undefined' : 'null'}`;
      }),
    });
  }
  return { byId, byOperation };
}

/**
 * Ajv's module-level statements made free of side effects, so that a bundler drops what an import
 * does not reach: `validateN.evaluated = {…}` (read only after validateN has run) is set by
 * validateN itself on its first call, each RegExp is marked pure, and unread schema objects go.
 */
function treeShakable(code: string): string {
  const evaluated = new Map<string, string>();
  const body = code.replace(/^(validate\d+)\.evaluated = (.*);$/gm, (_m: string, name: string, value: string) => {
    evaluated.set(name, value);
    return '';
  });
  // Ajv declares the schema object of every function it compiles; most are never read.
  const uses = new Map<string, number>();
  for (const m of body.matchAll(/\bschema\d+\b/g)) uses.set(m[0], (uses.get(m[0]) ?? 0) + 1);
  return body
    .replace(/^const (schema\d+) = .*;\n/gm, (line: string, name: string) => (uses.get(name) === 1 ? '' : line))
    .replace(/= (validate\d+)\.evaluated;$/gm, (m: string, name: string) =>
      evaluated.has(name) ? `= ${name}.evaluated || (${name}.evaluated = ${evaluated.get(name)});` : m,
    )
    .replace(/^const (pattern\d+) = new RegExp\(/gm, 'const $1 = /*#__PURE__*/ new RegExp(')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * compiled.ts: every validator of the spec in one Ajv standalone module, so that a schema used by
 * many operations is compiled and written once (not once per operation module). Its top-level
 * declarations have no side effects, so bundlers keep only the validators an import reaches.
 */
function compiledModule(model: SpecModel, byId: Map<string, string>): string {
  const code =
    byId.size > 0
      ? toEsm(multiExportCode(sharedAjv(model), Object.fromEntries([...byId].map(([id, name]) => [name, id])))).trim()
      : '';
  return [
    '// @ts-nocheck -- Ajv standalone output; the typed surface is the exports (CompiledValidator).',
    "import type { CompiledValidator } from '../types.js';",
    treeShakable(code),
  ].join('\n');
}

function operationModule(model: SpecModel, op: OperationModel, names: OperationNames): string {
  const used = [names.request, names.parameters, ...names.responses.map((r) => r.slice(r.lastIndexOf(' ') + 1))].filter(
    (n) => n !== 'undefined' && n !== 'null',
  );
  const lines = [
    "import type { OperationValidators } from '../types.js';",
    `import { ${[...new Set(used)].sort().join(', ')} } from './compiled.js';`,
    '',
    ...jsdoc([`Compiled validators of ${op.operationId} (${op.method} ${op.path}).`]),
    `export const ${op.methodName}Validators: OperationValidators = {`,
    `  operationId: ${lit(op.operationId)},`,
    `  callShape: ${lit(op.callShape)},`,
    `  request: ${names.request},`,
    `  parameters: ${names.parameters},`,
    '  responses: {',
    ...names.responses.map((r) => `    ${r},`),
    '  },',
    `  hints: ${jsonCode(operationHints(model, op))},`,
    '};',
  ];
  return lines.join('\n');
}

function indexModule(model: SpecModel): string {
  const checks = [...new Set(model.operations.map((o) => (o.callShape === 'body' ? 'checkRequest' : 'checkInput')))].sort();
  const lines = [
    "import type { OperationValidators } from '../types.js';",
    "import type * as T from '@hwc-workspace/types';",
    `import { ${[...checks, 'type ValidateOptions', 'type ValidationResult'].join(', ')} } from '../run.js';`,
  ];
  for (const op of model.operations) lines.push(`import { ${op.methodName}Validators } from './${op.fileName}.js';`);
  lines.push('', `export { ${model.operations.map((o) => `${o.methodName}Validators`).join(', ')} };`, '');
  lines.push("/** Every operation's validators, by operationId. Importing this keeps all of them in a bundle. */");
  lines.push('export const validatorsByOperation: Readonly<Record<T.OperationId, OperationValidators>> = {');
  for (const op of model.operations) lines.push(`  ${key(op.operationId)}: ${op.methodName}Validators,`);
  lines.push('};', '');
  const types = operationTypeNames(model);
  for (const op of model.operations) {
    const names = types.get(op);
    if (op.callShape === 'body') {
      lines.push(...jsdoc([`Checks a ${op.operationId} request body against the spec.`]));
      lines.push(
        `export function validate${op.typeName}Request(body: unknown, options?: ValidateOptions): ValidationResult<T.${names?.body ?? 'OpaqueBody'}> {`,
      );
      lines.push(`  return checkRequest<T.${names?.body ?? 'OpaqueBody'}>(${op.methodName}Validators, body, options);`);
    } else {
      lines.push(...jsdoc([`Checks a ${op.operationId} request ({ path, query, headers, body }) against the spec.`]));
      lines.push(
        `export function validate${op.typeName}Request(input: unknown, options?: ValidateOptions): ValidationResult<T.${names?.input}> {`,
      );
      lines.push(`  return checkInput<T.${names?.input}>(${op.methodName}Validators, input, options);`);
    }
    lines.push('}', '');
  }
  return lines.join('\n');
}

const AJV_FORMATS_VERSION = (createRequire(import.meta.url)('ajv-formats/package.json') as { version: string }).version;

/** The formats module the generated validators import, written from the generator's FORMATS. */
function formatsModule(): string {
  return [
    "import { isInt32 } from './int32.js';",
    '',
    '/** The string formats the spec uses, as the generator checked its examples with them. */',
    "export const formats: { readonly email: RegExp; readonly 'date-time': RegExp; readonly int32: { readonly type: 'number'; readonly validate: (n: number) => boolean } } = {",
    `  // ajv-formats ${AJV_FORMATS_VERSION} "full" email, copied at generation time (no run-time dependency).`,
    `  email: /${FORMATS.email.source}/${FORMATS.email.flags},`,
    `  'date-time': /${FORMATS['date-time'].source}/,`,
    "  int32: { type: 'number', validate: isInt32 },",
    '};',
  ].join('\n');
}

/**
 * Every file of the validators package, in this thread. Compiled by an Ajv of its own (the one
 * that checked examples is let go first): Ajv numbers functions in the order it compiles them, so
 * the code is the same whichever thread writes it.
 */
export function validatorFiles(model: SpecModel): Map<string, string> {
  releaseAjv(model);
  const files = new Map<string, string>();
  const { byId, byOperation } = validatorNames(model);
  files.set(`${DIR}/compiled.ts`, compiledModule(model, byId));
  releaseAjv(model); // its code is written: the rest of the run need not carry it
  for (const op of model.operations)
    files.set(`${DIR}/${op.fileName}.ts`, operationModule(model, op, byOperation.get(op) as OperationNames));
  files.set(`${DIR}/index.ts`, indexModule(model));
  files.set(`${DIR}/formats.ts`, formatsModule());
  files.set(`${DIR}/int32.ts`, runtimeCopy('int32'));
  files.set(`${DIR}/linear.ts`, runtimeCopy('linear'));
  return files;
}

const slot = workerSlot<SpecModel, Map<string, string>>(new URL('./validators-worker.js', import.meta.url));

/**
 * Starts the validators' worker now (the CLI does, before loading the spec): Ajv's compilation,
 * most of a large spec's run (graph-beta: ~13 s and ~2 GB), then runs beside openapi-typescript's
 * worker and this thread's other emitters, in a heap of its own.
 */
export function startValidatorsWorker(): void {
  slot.start();
}

export const validatorsEmitter: Emitter = {
  name: 'validators',
  emit(model) {
    if (!slot.started) return validatorFiles(model);
    // The model crosses without the document and its text, which the validators never read.
    releaseAjv(model);
    return slot.run({ ...model, document: {}, entrySource: '' }, validatorFiles);
  },
};
